using Harness.Interception;

namespace Harness.Tests.Programs;

/// <summary>
/// Correct programs whose field accesses are marked (as rewritten code's would be) and whose synchronisation the
/// engine partly cannot see: the race detector must stay quiet on every one of them.
/// </summary>
internal sealed class QuietCounters
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private int total;

    /// <summary>The fixed async counter of P05: an async lock whose WaitAsync often completes at once.</summary>
    internal static Task AsyncLock() => Twice(async counter =>
    {
        for (int i = 0; i < 3; i++)
        {
            await counter.gate.WaitAsync();
            try
            {
                counter.Add();
                await Task.Yield();
            }
            finally
            {
                counter.gate.Release();
            }
        }
    });

    /// <summary>A synchronous body guarded by SemaphoreSlim.Wait (redirected) and a plain Release.</summary>
    internal static Task SyncSemaphore() => Twice(counter =>
    {
        SemaphoreSlimCalls.Wait(counter.gate, "Quiet.cs:30");
        try
        {
            counter.Add();
        }
        finally
        {
            counter.gate.Release();
        }

        return Task.CompletedTask;
    });

    /// <summary>One operation publishes through a TaskCompletionSource that the other may find already set.</summary>
    internal static async Task Publish()
    {
        var counter = new QuietCounters();
        var published = new TaskCompletionSource();
        var reader = Controlled.Run(async () =>
        {
            await published.Task;
            counter.Add();
        }, "reader");
        await Controlled.Run(() =>
        {
            counter.Add();
            published.SetResult();
            return Task.CompletedTask;
        }, "writer");
        await reader;
    }

    private static async Task Twice(Func<QuietCounters, Task> add)
    {
        var counter = new QuietCounters();
        await Task.WhenAll(Controlled.Run(() => add(counter), "first"), Controlled.Run(() => add(counter), "second"));
        SharedMemoryCalls.OnRead(counter, "QuietCounters.total", "Quiet.cs:50");
    }

    private void Add()
    {
        SharedMemoryCalls.OnRead(this, "QuietCounters.total", "Quiet.cs:8");
        int read = total;
        SharedMemoryCalls.OnWrite(this, "QuietCounters.total", "Quiet.cs:9");
        total = read + 1;
    }
}
