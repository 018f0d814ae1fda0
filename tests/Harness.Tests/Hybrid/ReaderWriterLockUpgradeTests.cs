using Rw = Harness.Interception.ReaderWriterLockSlimCalls;

namespace Harness.Tests.Hybrid;

public sealed class ReaderWriterLockUpgradeTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 20_000 };

    [Fact]
    public void Upgrading_by_leaving_the_read_lock_then_taking_the_write_lock_loses_an_increment()
    {
        var result = ConcurrencyTest.Explore(() => Increments(upgradeable: false), Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("no increment is lost", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Upgrading_from_an_upgradeable_read_lock_loses_no_increment()
    {
        var result = ConcurrencyTest.Explore(() => Increments(upgradeable: true), Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    private static async Task Increments(bool upgradeable)
    {
        var gate = new ReaderWriterLockSlim();
        int hits = 0;
        Task Increment(string name) => Controlled.Run(() =>
        {
            if (upgradeable)
            {
                Rw.EnterUpgradeableReadLock(gate, "Hits.cs:8");
            }
            else
            {
                Rw.EnterReadLock(gate, "Hits.cs:12");
            }

            int seen = hits;
            if (!upgradeable)
            {
                Rw.ExitReadLock(gate, "Hits.cs:18");
            }

            Rw.EnterWriteLock(gate, "Hits.cs:21");
            hits = seen + 1;
            Rw.ExitWriteLock(gate, "Hits.cs:23");
            if (upgradeable)
            {
                Rw.ExitUpgradeableReadLock(gate, "Hits.cs:26");
            }

            return Task.CompletedTask;
        }, name);
        await Task.WhenAll(Increment("first"), Increment("second"));
        Invariant.Assert(hits == 2, "no increment is lost");
    }
}
