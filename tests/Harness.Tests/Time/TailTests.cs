namespace Harness.Tests.Time;

/// <summary>
/// After the body returns, the work it left keeps running and virtual time keeps moving until nothing can wake
/// anyone; only then are leaks judged (issue 11, "time after the test body").
/// </summary>
public sealed class TailTests
{
    private static readonly ExplorationOptions Once = new() { Iterations = 1 };

    [Fact]
    public void An_operation_sleeping_on_a_timer_when_the_body_returns_wakes_and_finishes()
    {
        bool woke = false;
        var result = ConcurrencyTest.Explore(() =>
        {
            _ = Controlled.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(1), Controlled.Time);
                woke = true;
            }, "sleeper");
            return Task.CompletedTask;
        }, Once);

        Assert.Null(result.Bug);
        Assert.True(woke);
    }

    [Fact]
    public void An_operation_woken_by_a_timer_callback_after_the_body_returns_finishes()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            _ = Controlled.Run(async () =>
            {
                var fired = new TaskCompletionSource();
                using var timer = Controlled.Time.CreateTimer(_ => fired.SetResult(), null, TimeSpan.FromMilliseconds(1), Timeout.InfiniteTimeSpan);
                await fired.Task;
            }, "sleeper");
            return Task.CompletedTask;
        }, Once);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_timeout_that_loses_a_when_any_race_is_not_a_leak()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var winner = await Task.WhenAny(Controlled.Run(() => Task.FromResult(42)), Task.Delay(TimeSpan.FromMilliseconds(10), Controlled.Time));
            Invariant.Assert(winner is Task<int>, "the work wins before its deadline");
        }, new ExplorationOptions { Iterations = 50 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_timeout_source_left_armed_when_all_work_is_done_is_a_leaked_timer()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), Controlled.Time);
            await Task.Delay(TimeSpan.FromMilliseconds(5), Controlled.Time, timeout.Token);
        }, Once);

        Assert.Equal(BugKind.LeakedTimer, result.Bug?.Kind);
        Assert.Contains("CancellationTokenSource's timeout, left undisposed", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeout_source_that_cancels_work_still_waiting_after_the_body_and_is_disposed_is_clean()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            var never = new TaskCompletionSource();
            _ = Controlled.Run(async () =>
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), Controlled.Time);
                try
                {
                    await never.Task.WaitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }, "patient waiter");
            return Task.CompletedTask;
        }, Once);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_loop_nobody_stops_is_a_leak_cut_off_by_the_tail_bound_that_says_how_long_it_ran()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            _ = Controlled.Run(async () =>
            {
                while (true)
                {
                    await Task.Delay(TimeSpan.FromMinutes(10), Controlled.Time);
                }
            }, "heartbeat");
            return Task.CompletedTask;
        }, Once);

        Assert.Equal(BugKind.LeakedTask, result.Bug?.Kind);
        Assert.Equal(["heartbeat"], result.Bug!.Operations);
        Assert.Contains("was still pending", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Contains("24:00:00.000 of virtual time after it returned", result.Bug.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing left", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fast_loop_nobody_stops_is_cut_off_by_the_step_bound_as_a_leak_not_a_livelock()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            _ = Controlled.Run(async () =>
            {
                while (true)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(1), Controlled.Time);
                }
            }, "poller");
            return Task.CompletedTask;
        }, new ExplorationOptions { Iterations = 1, MaxSteps = 500 });

        Assert.Equal(BugKind.LeakedTask, result.Bug?.Kind);
        Assert.Equal(500, result.Bug!.Step);
    }

    [Fact]
    public void A_periodic_timer_never_disposed_is_a_leaked_timer_at_the_tail_bound()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            _ = Controlled.Time.CreateTimer(_ => { }, null, TimeSpan.FromHours(1), TimeSpan.FromHours(1));
            return Task.CompletedTask;
        }, Once);

        Assert.Equal(BugKind.LeakedTimer, result.Bug?.Kind);
        Assert.Contains("1 periodic, never stopped", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("cut off", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fast_periodic_timer_never_disposed_is_a_leaked_timer_when_the_step_bound_cuts_the_tail_off()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            _ = Controlled.Time.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
            return Task.CompletedTask;
        }, new ExplorationOptions { Iterations = 1, MaxSteps = 500 });

        Assert.Equal(BugKind.LeakedTimer, result.Bug?.Kind);
        Assert.Contains("1 periodic, never stopped", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Equal(500, result.Bug.Step);
    }

    [Fact]
    public void A_periodic_timer_that_stops_itself_after_the_body_is_clean()
    {
        int ticks = 0;
        var result = ConcurrencyTest.Explore(() =>
        {
            ITimer? timer = null;
            timer = Controlled.Time.CreateTimer(_ =>
            {
                if (++ticks == 3)
                {
                    timer!.Dispose();
                }
            }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            return Task.CompletedTask;
        }, Once);

        Assert.Null(result.Bug);
        Assert.Equal(3, ticks);
    }

    [Fact]
    public void A_one_shot_timer_due_beyond_the_horizon_with_nobody_waiting_is_not_a_verdict()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Task.WhenAny(Controlled.Run(() => Task.FromResult(1)), Task.Delay(TimeSpan.FromDays(3), Controlled.Time));
        }, Once);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Work_still_blocked_with_no_timer_left_is_a_leak_that_says_nothing_can_wake_it_and_how_long_the_tail_ran()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            var never = new TaskCompletionSource();
            _ = Controlled.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(2), Controlled.Time);
                await never.Task;
            }, "orphan");
            return Task.CompletedTask;
        }, Once);

        Assert.Equal(BugKind.LeakedTask, result.Bug?.Kind);
        Assert.Contains("nothing left (no ready work, no armed timer) can wake it", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("00:00:02.000 of virtual time", result.Bug.Summary, StringComparison.Ordinal);
    }
}
