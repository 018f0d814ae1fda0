using Harness.Tests.Programs;

namespace Harness.Tests.Hybrid;

public sealed class SyncLockTests
{
    [Theory]
    [InlineData(SchedulingStrategy.Random)]
    [InlineData(SchedulingStrategy.Pct)]
    [InlineData(SchedulingStrategy.Exhaustive)]
    public void Two_locks_taken_in_opposite_orders_are_a_deadlock_naming_both_operations_and_lines(SchedulingStrategy strategy)
    {
        var result = ConcurrencyTest.Explore(SyncLocks.OppositeOrder, new ExplorationOptions { Strategy = strategy, Seed = 7 });

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("'debit' waits at Transfer.cs:6 for a lock held by 'credit' (taken at Transfer.cs:12)", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("'credit' waits at Transfer.cs:13 for a lock held by 'debit' (taken at Transfer.cs:5)", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Contains("blocked in synchronous code at Transfer.cs:6", result.Bug.Details, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    [Fact]
    public void Two_locks_taken_in_one_order_never_deadlock()
    {
        var result = ConcurrencyTest.Explore(SyncLocks.SameOrder, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void Lock_objects_taken_in_opposite_orders_through_scopes_deadlock()
    {
        var result = ConcurrencyTest.Explore(() => SyncLocks.LockObjectOrdering(opposite: true), new ExplorationOptions { Seed = 7 });

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("Scoped.cs:4", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Lock_objects_taken_in_one_order_through_scopes_never_deadlock()
    {
        var result = ConcurrencyTest.Explore(() => SyncLocks.LockObjectOrdering(opposite: false), new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void Monitor_wait_and_pulse_hand_a_value_over_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(SyncLocks.HandOff, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void A_monitor_wait_nobody_pulses_is_a_deadlock_at_the_wait()
    {
        var result = ConcurrencyTest.Explore(SyncLocks.NobodyPulses, new ExplorationOptions { Seed = 7 });

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("'consumer' waits at Box.cs:23 for a Monitor.Pulse that never comes", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_monitor_wait_with_a_timeout_returns_false_on_the_virtual_clock_and_holds_the_lock_again()
    {
        (bool Pulsed, bool Held, TimeSpan Waited) seen = default;
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var gate = new object();
                var start = Controlled.Time.GetUtcNow();
                Harness.Interception.MonitorCalls.Enter(gate, "Wait.cs:3");
                bool pulsed = Harness.Interception.MonitorCalls.Wait(gate, TimeSpan.FromSeconds(10), "Wait.cs:4");
                seen = (pulsed, Harness.Interception.MonitorCalls.IsEntered(gate, "Wait.cs:5"), Controlled.Time.GetUtcNow() - start);
                Harness.Interception.MonitorCalls.Exit(gate, "Wait.cs:6");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 2 });

        Assert.Null(result.Bug);
        Assert.Equal((false, true, TimeSpan.FromSeconds(10)), seen);
    }

    [Fact]
    public void Try_enter_on_a_lock_held_by_another_operation_fails_in_some_schedule_and_never_deadlocks()
    {
        var outcomes = new HashSet<bool>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var gate = new object();
                var holder = Controlled.Run(() =>
                {
                    Harness.Interception.MonitorCalls.Enter(gate, "Try.cs:5");
                    Controlled.Interleave();
                    Harness.Interception.MonitorCalls.Exit(gate, "Try.cs:7");
                    return Task.CompletedTask;
                }, "holder");
                await Controlled.Run(() =>
                {
                    bool taken = Harness.Interception.MonitorCalls.TryEnter(gate, "Try.cs:11");
                    outcomes.Add(taken);
                    if (taken)
                    {
                        Harness.Interception.MonitorCalls.Exit(gate, "Try.cs:15");
                    }

                    return Task.CompletedTask;
                }, "trier");
                await holder;
            },
            new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 10_000 });

        Assert.Null(result.Bug);
        Assert.Equal([false, true], outcomes.Order());
    }
}
