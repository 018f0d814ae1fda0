namespace Harness.Coyote.Tests;

public sealed class Smoke
{
    private static int total;

    private static async Task AddAsync(int n)
    {
        int current = total;
        await Task.Yield();
        total = current + n;
    }

    [Fact]
    public void Coyote_finds_the_lost_update()
    {
        var configuration = Microsoft.Coyote.Configuration.Create().WithTestingIterations(100).WithRandomStrategy().WithRandomGeneratorSeed(1);
        using var engine = Microsoft.Coyote.SystematicTesting.TestingEngine.Create(configuration, async () =>
        {
            total = 0;
            await Task.WhenAll(Task.Run(() => AddAsync(3)), Task.Run(() => AddAsync(5)));
            Microsoft.Coyote.Specifications.Specification.Assert(total == 8, $"total is {total}");
        });
        engine.Run();
        Assert.Equal(1, engine.TestReport.NumOfFoundBugs);
    }
}
