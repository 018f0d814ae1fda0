using Harness.Interception;

namespace Harness.Tests.Programs;

/// <summary>
/// Pitfall P05 in its synchronous form: two operations do <c>total += 1</c> with no await, as rewritten code would,
/// through the interception targets (the sites are what the rewriter would push).
/// </summary>
internal sealed class SyncCounters
{
    private readonly object gate = new();
    private int total;

    internal static Task Unguarded() => RunTwice(counter => counter.AddUnguarded(), expected: 2);

    internal static Task UnguardedTenTimes() => RunTwice(counter => counter.AddTenUnguarded(), expected: 20);

    internal static Task Locked() => RunTwice(counter => counter.AddLocked(), expected: 2);

    internal static Task Interlocked() => RunTwice(counter => System.Threading.Interlocked.Increment(ref counter.total), expected: 2);

    /// <summary>The same lost update marked with the explicit API instead of the interception targets.</summary>
    internal static Task ExplicitApi() => RunTwice(counter => counter.AddWithExplicitMarks(), expected: 2);

    private static async Task RunTwice(Action<SyncCounters> add, int expected)
    {
        var counter = new SyncCounters();
        await Task.WhenAll(
            Controlled.Run(() => Synchronously(() => add(counter)), "first"),
            Controlled.Run(() => Synchronously(() => add(counter)), "second"));
        SharedMemoryCalls.OnRead(counter, "SyncCounters.total", "SyncCounters.cs:40");
        Invariant.Assert(counter.total == expected, $"total is {counter.total}, expected {expected}: an update was lost");
    }

    /// <summary>A Task.Run-style body with no await at all.</summary>
    private static Task Synchronously(Action work)
    {
        work();
        return Task.CompletedTask;
    }

    private void AddUnguarded()
    {
        SharedMemoryCalls.OnRead(this, "SyncCounters.total", "SyncCounters.cs:8");
        int read = total;
        SharedMemoryCalls.OnWrite(this, "SyncCounters.total", "SyncCounters.cs:9");
        total = read + 1;
    }

    private void AddTenUnguarded()
    {
        for (int i = 0; i < 10; i++)
        {
            AddUnguarded();
        }
    }

    private void AddLocked()
    {
        bool taken = false;
        try
        {
            MonitorCalls.Enter(gate, ref taken, "SyncCounters.cs:20");
            AddUnguarded();
        }
        finally
        {
            if (taken)
            {
                MonitorCalls.Exit(gate, "SyncCounters.cs:24");
            }
        }
    }

    private void AddWithExplicitMarks()
    {
        Controlled.BeforeRead(this, "SyncCounters.total");
        int read = total;
        Controlled.Interleave();
        Controlled.BeforeWrite(this, "SyncCounters.total");
        total = read + 1;
    }
}
