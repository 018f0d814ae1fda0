using Harness.Interception;
using Rw = Harness.Interception.ReaderWriterLockSlimCalls;

namespace Harness.Tests.Hybrid;

public sealed class ReaderWriterLockDeadlockTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 20_000 };

    [Fact]
    public void A_reader_and_a_writer_taking_two_locks_in_opposite_orders_deadlock_and_the_report_names_both_waits()
    {
        var result = ConcurrencyTest.Explore(() => PricesAndStock(opposite: true), Exhaustive);

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("'pricing' waits at Cache.cs:6 for a ReaderWriterLockSlim write lock held by 'restock' (taken at Cache.cs:12)", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("'restock' waits at Cache.cs:13 for a ReaderWriterLockSlim read lock held by 'pricing' (taken at Cache.cs:5)", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    [Fact]
    public void The_same_locks_taken_in_one_order_never_deadlock()
    {
        var result = ConcurrencyTest.Explore(() => PricesAndStock(opposite: false), Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void A_queued_writer_keeps_a_new_reader_out_so_a_reader_waiting_for_another_reader_deadlocks_as_in_dotnet()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var gate = new ReaderWriterLockSlim();
                Rw.EnterReadLock(gate, "Report.cs:4");
                var writer = Controlled.Run(() =>
                {
                    Rw.EnterWriteLock(gate, "Report.cs:7");
                    Rw.ExitWriteLock(gate, "Report.cs:8");
                    return Task.CompletedTask;
                }, "writer");
                var helper = Controlled.Run(() =>
                {
                    Rw.EnterReadLock(gate, "Report.cs:17");
                    Rw.ExitReadLock(gate, "Report.cs:18");
                    return Task.CompletedTask;
                }, "helper");
                BlockingTaskCalls.Wait(helper, "Report.cs:20");
                Rw.ExitReadLock(gate, "Report.cs:21");
                await writer;
            },
            Exhaustive);

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("'helper' waits at Report.cs:17 for a ReaderWriterLockSlim read lock: .NET lets no new reader in while a writer waits", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("'writer' waits at Report.cs:7 for a ReaderWriterLockSlim read lock held by", result.Bug.Summary, StringComparison.Ordinal);
    }

    private static async Task PricesAndStock(bool opposite)
    {
        var prices = new ReaderWriterLockSlim();
        var stock = new ReaderWriterLockSlim();
        var pricing = Controlled.Run(() =>
        {
            Rw.EnterReadLock(prices, "Cache.cs:5");
            Rw.EnterWriteLock(stock, "Cache.cs:6");
            Rw.ExitWriteLock(stock, "Cache.cs:7");
            Rw.ExitReadLock(prices, "Cache.cs:8");
            return Task.CompletedTask;
        }, "pricing");
        var restock = Controlled.Run(() =>
        {
            var (first, second) = opposite ? (stock, prices) : (prices, stock);
            Rw.EnterWriteLock(first, "Cache.cs:12");
            Rw.EnterWriteLock(second, "Cache.cs:13");
            Rw.ExitWriteLock(second, "Cache.cs:14");
            Rw.ExitWriteLock(first, "Cache.cs:15");
            return Task.CompletedTask;
        }, "restock");
        await Task.WhenAll(pricing, restock);
    }
}
