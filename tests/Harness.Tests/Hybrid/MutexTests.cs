using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class MutexTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = 2, Iterations = 2000 };

    [Fact]
    public void A_mutex_released_by_its_owner_lets_the_waiter_in_and_no_update_is_lost()
    {
        var result = ConcurrencyTest.Explore(() => Deposits(guarded: true), Exhaustive);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Without_the_mutex_exploration_finds_the_lost_update()
    {
        var result = ConcurrencyTest.Explore(() => Deposits(guarded: false), Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void Two_mutexes_taken_in_opposite_orders_deadlock_and_the_report_names_both_owners()
    {
        var result = ConcurrencyTest.Explore(() => TwoMutexes(opposite: true), Exhaustive);

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("for a Mutex held by 'credit' (taken at Transfer.cs:12)", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("for a Mutex held by 'debit' (taken at Transfer.cs:5)", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_mutexes_taken_in_one_order_never_deadlock()
    {
        var result = ConcurrencyTest.Explore(() => TwoMutexes(opposite: false), Exhaustive);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_mutex_is_recursive_and_a_release_by_a_non_owner_throws_what_dotnet_throws()
    {
        var real = new Mutex();
        var expected = Assert.Throws<ApplicationException>(real.ReleaseMutex);
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            () => Controlled.Run(() =>
            {
                using var mutex = MutexCalls.Create("Gate.cs:1");
                outcomes.Add(WaitHandleCalls.WaitOne(mutex, "Gate.cs:2"));
                outcomes.Add(WaitHandleCalls.WaitOne(mutex, 0, "Gate.cs:3"));
                BlockingTaskCalls.Wait(Controlled.Run(() =>
                {
                    outcomes.Add(WaitHandleCalls.WaitOne(mutex, 0, "Gate.cs:6"));
                    outcomes.Add(Record.Exception(() => MutexCalls.ReleaseMutex(mutex, "Gate.cs:7"))!.Message);
                    return Task.CompletedTask;
                }), "Gate.cs:9");
                MutexCalls.ReleaseMutex(mutex, "Gate.cs:10");
                MutexCalls.ReleaseMutex(mutex, "Gate.cs:11");
                outcomes.Add(Record.Exception(() => MutexCalls.ReleaseMutex(mutex, "Gate.cs:12"))!.GetType());
                return Task.CompletedTask;
            }),
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([true, true, false, expected.Message, typeof(ApplicationException)], outcomes);
    }

    [Fact]
    public void A_mutex_released_after_an_await_is_not_owned_any_more_as_on_another_thread_in_dotnet()
    {
        Exception? thrown = null;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var mutex = MutexCalls.Create("Gate.cs:1");
                WaitHandleCalls.WaitOne(mutex, "Gate.cs:2");
                await Task.Yield();
                thrown = Record.Exception(() => MutexCalls.ReleaseMutex(mutex, "Gate.cs:4"));
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.IsType<ApplicationException>(thrown);
    }

    [Fact]
    public void A_mutex_wait_with_a_timeout_returns_false_on_the_virtual_clock()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            () => Controlled.Run(() =>
            {
                using var mutex = MutexCalls.Create(true, "Gate.cs:1");
                BlockingTaskCalls.Wait(Controlled.Run(() =>
                {
                    var start = Controlled.Time.GetUtcNow();
                    outcomes.Add(WaitHandleCalls.WaitOne(mutex, TimeSpan.FromSeconds(3), "Gate.cs:5"));
                    outcomes.Add(Controlled.Time.GetUtcNow() - start);
                    return Task.CompletedTask;
                }), "Gate.cs:8");
                MutexCalls.ReleaseMutex(mutex, "Gate.cs:9");
                return Task.CompletedTask;
            }),
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([false, TimeSpan.FromSeconds(3)], outcomes);
    }

    [Fact]
    public void A_task_that_ends_holding_a_mutex_keeps_it_and_the_waiter_deadlocks_with_the_root_cause()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var mutex = MutexCalls.Create("Gate.cs:1");
                await Controlled.Run(() => Task.FromResult(WaitHandleCalls.WaitOne(mutex, "Gate.cs:2")), "forgetful");
                await Controlled.Run(() => Task.FromResult(WaitHandleCalls.WaitOne(mutex, "Gate.cs:3")), "next");
            },
            new ExplorationOptions { Iterations = 10, Seed = 3 });

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("a Mutex held by 'forgetful' (taken at Gate.cs:2), which ended without releasing it", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Wait_any_and_wait_all_take_a_free_mutex_beside_events_as_dotnet_does()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            () => Controlled.Run(() =>
            {
                using var mutex = MutexCalls.Create("Gate.cs:1");
                using var unset = new ManualResetEvent(false);
                using var set = new ManualResetEvent(true);
                outcomes.Add(WaitHandleCalls.WaitAny([unset, mutex], 0, "Gate.cs:4"));
                BlockingTaskCalls.Wait(Controlled.Run(() =>
                {
                    outcomes.Add(WaitHandleCalls.WaitAny([unset, mutex], 1000, "Gate.cs:7"));
                    outcomes.Add(WaitHandleCalls.WaitAll([set, mutex], 1000, "Gate.cs:8"));
                    return Task.CompletedTask;
                }), "Gate.cs:10");
                outcomes.Add(WaitHandleCalls.WaitAll([set, mutex], 0, "Gate.cs:11"));
                MutexCalls.ReleaseMutex(mutex, "Gate.cs:12");
                MutexCalls.ReleaseMutex(mutex, "Gate.cs:13");
                BlockingTaskCalls.Wait(Controlled.Run(() =>
                {
                    outcomes.Add(WaitHandleCalls.WaitAll([set, mutex], 0, "Gate.cs:16"));
                    MutexCalls.ReleaseMutex(mutex, "Gate.cs:17");
                    return Task.CompletedTask;
                }), "Gate.cs:19");
                return Task.CompletedTask;
            }),
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([1, WaitHandle.WaitTimeout, false, true, true], outcomes);
    }

    [Fact]
    public void A_named_mutex_in_a_run_is_reported_at_once_with_the_fix()
    {
        var result = ConcurrencyTest.Explore(
            () =>
            {
                using var named = MutexCalls.Create(false, "Global\\orders", "Gate.cs:1");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("named (system-wide) mutex", result.Bug!.Summary + result.Bug.Details, StringComparison.Ordinal);
        Assert.Contains("Fix: in code under test, use an unnamed mutex", result.Bug.Summary + result.Bug.Details, StringComparison.Ordinal);
    }

    private static async Task Deposits(bool guarded)
    {
        using var mutex = MutexCalls.Create("Account.cs:1");
        int balance = 0;
        Task Deposit() => Controlled.Run(() =>
        {
            if (guarded)
            {
                WaitHandleCalls.WaitOne(mutex, "Account.cs:6");
            }

            int read = balance;
            Controlled.Interleave();
            balance = read + 10;
            if (guarded)
            {
                MutexCalls.ReleaseMutex(mutex, "Account.cs:13");
            }

            return Task.CompletedTask;
        });
        await Task.WhenAll(Deposit(), Deposit());
        Invariant.Assert(balance == 20, "no deposit is lost");
    }

    private static async Task TwoMutexes(bool opposite)
    {
        using var from = MutexCalls.Create("Transfer.cs:1");
        using var to = MutexCalls.Create("Transfer.cs:2");
        var debit = Controlled.Run(() =>
        {
            WaitHandleCalls.WaitOne(from, "Transfer.cs:5");
            WaitHandleCalls.WaitOne(to, "Transfer.cs:6");
            MutexCalls.ReleaseMutex(to, "Transfer.cs:7");
            MutexCalls.ReleaseMutex(from, "Transfer.cs:8");
            return Task.CompletedTask;
        }, "debit");
        var credit = Controlled.Run(() =>
        {
            var (first, second) = opposite ? (to, from) : (from, to);
            WaitHandleCalls.WaitOne(first, "Transfer.cs:12");
            WaitHandleCalls.WaitOne(second, "Transfer.cs:13");
            MutexCalls.ReleaseMutex(second, "Transfer.cs:14");
            MutexCalls.ReleaseMutex(first, "Transfer.cs:15");
            return Task.CompletedTask;
        }, "credit");
        await Task.WhenAll(debit, credit);
    }
}
