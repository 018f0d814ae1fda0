namespace Harness.Coyote.Tests.Engine;

/// <summary>A lost update the report tests run in-process under Coyote; not a test itself.</summary>
internal sealed class LostUpdateSample
{
    private int total;

    internal async Task LoseAsync()
    {
        await Task.WhenAll(Task.Run(() => AddAsync(3)), Task.Run(() => AddAsync(5)));
        Invariant.Assert(total == 8, $"total is {total}, expected 8");
    }

    private async Task AddAsync(int amount)
    {
        int current = total;
        await Task.Yield();
        total = current + amount;
    }
}
