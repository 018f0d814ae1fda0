using Harness.Interception;
using Rw = Harness.Interception.ReaderWriterLockSlimCalls;

namespace Harness.Tests.Hybrid;

public sealed class ReaderWriterLockRecursionTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = 2, Iterations = 5000 };

    [Fact]
    public void A_recursive_lock_lets_its_holder_reenter_exactly_where_dotnet_does()
    {
        var expected = Reentries(new ReaderWriterLockSlim(LockRecursionPolicy.SupportsRecursion), real: true);
        List<string> controlled = [];
        var result = ConcurrencyTest.Explore(
            () => Controlled.Run(() =>
            {
                controlled = Reentries(new ReaderWriterLockSlim(LockRecursionPolicy.SupportsRecursion), real: false);
                return Task.CompletedTask;
            }),
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(expected, controlled);
    }

    [Fact]
    public void Updates_under_a_recursive_read_lock_are_lost_in_some_schedule()
    {
        var result = ConcurrencyTest.Explore(() => Updates(write: false), Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void Updates_under_a_recursive_write_lock_with_a_nested_read_are_never_lost()
    {
        var result = ConcurrencyTest.Explore(() => Updates(write: true), Exhaustive);

        Assert.Null(result.Bug);
    }

    private static async Task Updates(bool write)
    {
        var gate = new ReaderWriterLockSlim(LockRecursionPolicy.SupportsRecursion);
        int total = 0;
        Task Add() => Controlled.Run(() =>
        {
            if (write)
            {
                Rw.EnterWriteLock(gate, "Totals.cs:6");
            }

            Rw.EnterReadLock(gate, "Totals.cs:9");
            int read = total;
            Rw.EnterReadLock(gate, "Totals.cs:11");
            Rw.ExitReadLock(gate, "Totals.cs:12");
            Controlled.Interleave();
            total = read + 1;
            Rw.ExitReadLock(gate, "Totals.cs:15");
            if (write)
            {
                Rw.ExitWriteLock(gate, "Totals.cs:18");
            }

            return Task.CompletedTask;
        });
        await Task.WhenAll(Add(), Add());
        Invariant.Assert(total == 2, "no update is lost");
    }

    // The same sequence on the real lock (outside a run the targets are the BCL) and on the model.
    private static List<string> Reentries(ReaderWriterLockSlim gate, bool real)
    {
        _ = real;
        var seen = new List<string>();
        void Step(string name, Action action)
        {
            var thrown = Record.Exception(action);
            seen.Add($"{name}: {thrown?.GetType().Name ?? "ok"} read={Rw.IsReadLockHeld(gate, "R.cs:1")} upgradeable={Rw.IsUpgradeableReadLockHeld(gate, "R.cs:1")} write={Rw.IsWriteLockHeld(gate, "R.cs:1")} readers={Rw.CurrentReadCount(gate, "R.cs:1")}");
        }

        Step("read", () => Rw.EnterReadLock(gate, "R.cs:2"));
        Step("read again", () => Rw.EnterReadLock(gate, "R.cs:3"));
        Step("write after read", () => Rw.EnterWriteLock(gate, "R.cs:4"));
        Step("upgradeable after read", () => Rw.EnterUpgradeableReadLock(gate, "R.cs:5"));
        Step("exit read", () => Rw.ExitReadLock(gate, "R.cs:6"));
        Step("exit read", () => Rw.ExitReadLock(gate, "R.cs:7"));
        Step("exit read unheld", () => Rw.ExitReadLock(gate, "R.cs:8"));
        Step("write", () => Rw.EnterWriteLock(gate, "R.cs:9"));
        Step("write again", () => Rw.EnterWriteLock(gate, "R.cs:10"));
        Step("read under write", () => Rw.EnterReadLock(gate, "R.cs:11"));
        Step("upgradeable under write", () => Rw.EnterUpgradeableReadLock(gate, "R.cs:12"));
        Step("exit write", () => Rw.ExitWriteLock(gate, "R.cs:13"));
        Step("exit write", () => Rw.ExitWriteLock(gate, "R.cs:14"));
        Step("exit upgradeable", () => Rw.ExitUpgradeableReadLock(gate, "R.cs:15"));
        Step("exit read", () => Rw.ExitReadLock(gate, "R.cs:16"));
        Step("upgradeable", () => Rw.EnterUpgradeableReadLock(gate, "R.cs:17"));
        Step("upgradeable again", () => Rw.EnterUpgradeableReadLock(gate, "R.cs:18"));
        Step("read under upgradeable", () => Rw.EnterReadLock(gate, "R.cs:19"));
        Step("exit read", () => Rw.ExitReadLock(gate, "R.cs:20"));
        Step("upgrade", () => Rw.EnterWriteLock(gate, "R.cs:21"));
        Step("exit write", () => Rw.ExitWriteLock(gate, "R.cs:22"));
        Step("exit upgradeable", () => Rw.ExitUpgradeableReadLock(gate, "R.cs:23"));
        Step("exit upgradeable", () => Rw.ExitUpgradeableReadLock(gate, "R.cs:24"));
        return seen;
    }
}
