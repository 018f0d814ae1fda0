using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class OldReaderWriterLockTests
{
    [Fact]
    public void An_old_reader_writer_lock_nobody_else_holds_is_taken_and_released_as_in_dotnet()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            () => Controlled.Run(() =>
            {
                var gate = new ReaderWriterLock();
                ReaderWriterLockCalls.AcquireReaderLock(gate, -1, "Old.cs:2");
                var cookie = ReaderWriterLockCalls.UpgradeToWriterLock(gate, TimeSpan.FromSeconds(1), "Old.cs:3");
                outcomes.Add(gate.IsWriterLockHeld);
                gate.DowngradeFromWriterLock(ref cookie);
                outcomes.Add(gate.IsReaderLockHeld);
                gate.ReleaseReaderLock();
                ReaderWriterLockCalls.AcquireWriterLock(gate, 1000, "Old.cs:8");
                outcomes.Add(gate.IsWriterLockHeld);
                gate.ReleaseWriterLock();
                return Task.CompletedTask;
            }),
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([true, true, true], outcomes);
    }

    [Fact]
    public void An_old_reader_writer_lock_held_by_another_operation_is_reported_at_once_with_the_fix()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var gate = new ReaderWriterLock();
                using var taken = new ManualResetEvent(false);
                using var done = new ManualResetEvent(false);
                var writer = Controlled.Run(() =>
                {
                    ReaderWriterLockCalls.AcquireWriterLock(gate, -1, "Old.cs:6");
                    taken.Set();
                    WaitHandleCalls.WaitOne(done, "Old.cs:8");
                    gate.ReleaseWriterLock();
                    return Task.CompletedTask;
                }, "writer");
                var reader = Controlled.Run(() =>
                {
                    WaitHandleCalls.WaitOne(taken, "Old.cs:13");
                    ReaderWriterLockCalls.AcquireReaderLock(gate, -1, "Old.cs:14");
                    return Task.CompletedTask;
                }, "reader");
                try
                {
                    await reader;
                }
                finally
                {
                    done.Set();
                    await writer;
                }
            },
            new ExplorationOptions { Iterations = 5, Seed = 2 });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("ReaderWriterLock.AcquireReaderLock at Old.cs:14 found the lock held by another operation", result.Bug!.Summary + result.Bug.Details, StringComparison.Ordinal);
        Assert.Contains("Fix: use ReaderWriterLockSlim", result.Bug.Summary + result.Bug.Details, StringComparison.Ordinal);
    }
}
