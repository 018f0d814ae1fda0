using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class TaskWaitAllAnyTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 2000 };

    [Fact]
    public void Wait_all_returns_once_every_task_finished_and_throws_their_exceptions_as_dotnet_does()
    {
        Exception? thrown = null;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                int done = 0;
                var a = Controlled.Run(async () => { await Task.Yield(); done++; });
                var b = Controlled.Run(async () => { await Task.Yield(); done++; });
                BlockingTaskCalls.WaitAll([a, b], "Waiter.cs:8");
                Invariant.Assert(done == 2, "WaitAll returned after both");
                var failing = Controlled.Run(async () => { await Task.Yield(); throw new InvalidOperationException("boom"); });
                thrown = Record.Exception(() => BlockingTaskCalls.WaitAll([a, failing], Timeout.Infinite, "Waiter.cs:11"));
            },
            new ExplorationOptions { Iterations = 50, Seed = 1, Strategy = SchedulingStrategy.Random });

        Assert.Null(result.Bug);
        var aggregate = Assert.IsType<AggregateException>(thrown);
        Assert.Equal("boom", Assert.Single(aggregate.InnerExceptions).Message);
    }

    [Fact]
    public void Wait_all_and_wait_any_time_out_on_the_virtual_clock_with_dotnets_results()
    {
        var results = new List<object>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var never = new TaskCompletionSource().Task;
                var start = Controlled.Time.GetUtcNow();
                results.Add(BlockingTaskCalls.WaitAll([never, Task.CompletedTask], TimeSpan.FromSeconds(30), "Waiter.cs:5"));
                results.Add(BlockingTaskCalls.WaitAny([never], 1000, "Waiter.cs:6"));
                results.Add(BlockingTaskCalls.WaitAny([never, Task.CompletedTask], 0, "Waiter.cs:7"));
                results.Add(BlockingTaskCalls.WaitAny([], Timeout.Infinite, "Waiter.cs:8"));
                results.Add(Controlled.Time.GetUtcNow() - start);
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([false, -1, 1, -1, TimeSpan.FromSeconds(31)], results);
    }

    [Fact]
    public void Cancelling_a_wait_all_throws_operation_canceled()
    {
        Exception? thrown = null;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var cancel = new CancellationTokenSource();
                var canceller = Controlled.Run(async () => { await Task.Yield(); cancel.Cancel(); });
                thrown = Record.Exception(() => BlockingTaskCalls.WaitAll([new TaskCompletionSource().Task], cancel.Token, "Waiter.cs:6"));
                await canceller;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.IsType<OperationCanceledException>(thrown);
        Assert.Null(result.Bug);
    }

    [Fact]
    public void Waiting_for_any_task_and_reading_both_results_is_found()
    {
        var result = ConcurrencyTest.Explore(() => FirstOfTwo(waitForBoth: false), Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void Waiting_for_all_before_reading_both_results_is_clean()
    {
        var result = ConcurrencyTest.Explore(() => FirstOfTwo(waitForBoth: true), Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void Wait_all_under_a_lock_the_awaited_work_needs_is_a_deadlock()
    {
        var result = ConcurrencyTest.Explore(() => FlushUnderLock(releaseFirst: false), Exhaustive);

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("Flush.cs:", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Wait_all_after_releasing_the_lock_is_clean()
    {
        var result = ConcurrencyTest.Explore(() => FlushUnderLock(releaseFirst: true), Exhaustive);

        Assert.Null(result.Bug);
    }

    private static Task FirstOfTwo(bool waitForBoth)
    {
        var results = new int[2];
        var a = Controlled.Run(async () => { await Task.Yield(); results[0] = 1; });
        var b = Controlled.Run(async () => { await Task.Yield(); results[1] = 2; });
        if (waitForBoth)
        {
            BlockingTaskCalls.WaitAll([a, b], "First.cs:7");
        }
        else
        {
            BlockingTaskCalls.WaitAny([a, b], "First.cs:11");
        }

        Invariant.Assert(results[0] + results[1] == 3, "both results are in");
        return Task.WhenAll(a, b);
    }

    private static Task FlushUnderLock(bool releaseFirst)
    {
        var gate = new object();
        var writer = Controlled.Run(() =>
        {
            Controlled.Interleave();
            MonitorCalls.Enter(gate, "Flush.cs:6");
            MonitorCalls.Exit(gate, "Flush.cs:7");
            return Task.CompletedTask;
        }, "writer");
        MonitorCalls.Enter(gate, "Flush.cs:10");
        if (releaseFirst)
        {
            MonitorCalls.Exit(gate, "Flush.cs:13");
        }

        BlockingTaskCalls.WaitAll([writer], "Flush.cs:16");
        if (!releaseFirst)
        {
            MonitorCalls.Exit(gate, "Flush.cs:19");
        }

        return Task.CompletedTask;
    }
}
