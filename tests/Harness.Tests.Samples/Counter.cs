namespace Harness.Tests.Samples;

/// <summary>Two operations add to one total across an await: a lost update unless guarded.</summary>
public sealed class Counter
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public int Total { get; private set; }

    public async Task AddUnguardedAsync()
    {
        int read = Total;
        await Task.Yield();
        Total = read + 1;
    }

    public async Task AddGuardedAsync()
    {
        await gate.WaitAsync();
        try
        {
            await AddUnguardedAsync();
        }
        finally
        {
            gate.Release();
        }
    }
}
