using Harness;

var result = ConcurrencyTest.Explore(async () =>
{
    int total = 0;
    async Task AddAsync(int n)
    {
        int current = total;
        await Controlled.Yield();   // any await lets another operation run here
        total = current + n;
    }

    await Task.WhenAll(Controlled.Run(() => AddAsync(3)), Controlled.Run(() => AddAsync(5)));
    Invariant.Assert(total == 8, "no update is lost");
});

Console.WriteLine(result.Bug);       // AssertionFailure: in 'test' an assertion failed at Program.cs:14: no update is lost
Console.WriteLine(result.Schedule);  // replay it with ConcurrencyTest.Replay(body, result.Schedule)
