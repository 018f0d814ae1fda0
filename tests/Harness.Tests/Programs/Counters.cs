namespace Harness.Tests.Programs;

/// <summary>Two operations add to a shared counter ten times each: the lost update of pitfall P05.</summary>
internal sealed class Counters
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private int total;

    internal static async Task Unguarded()
    {
        var counter = new Counters();
        await Task.WhenAll(
            Controlled.Run(counter.AddTenUnguarded, "first"),
            Controlled.Run(counter.AddTenUnguarded, "second"));
        Invariant.Assert(counter.total == 20, $"total is {counter.total}, expected 20: an update was lost");
    }

    internal static async Task Guarded()
    {
        var counter = new Counters();
        await Task.WhenAll(
            Controlled.Run(counter.AddTenGuarded, "first"),
            Controlled.Run(counter.AddTenGuarded, "second"));
        Invariant.Assert(counter.total == 20, $"total is {counter.total}, expected 20: an update was lost");
    }

    private async Task AddTenUnguarded()
    {
        for (int i = 0; i < 10; i++)
        {
            int read = total;
            await Task.Yield();
            total = read + 1;
        }
    }

    private async Task AddTenGuarded()
    {
        for (int i = 0; i < 10; i++)
        {
            await gate.WaitAsync();
            try
            {
                int read = total;
                await Task.Yield();
                total = read + 1;
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
