using Harness.Interception;
using Harness.Time;
using ElapsedTimer = System.Timers.Timer;

namespace Harness.Tests.Interception;

/// <summary>System.Timers.Timer made in rewritten code: Elapsed on the virtual clock with the BCL's semantics (issue 12).</summary>
public sealed class TimersTimerCallsTests
{
    private static readonly ExplorationOptions Few = new() { Iterations = 20 };

    [Fact]
    public void An_auto_reset_timer_raises_Elapsed_every_interval_with_the_virtual_signal_time_until_stopped()
    {
        var signals = new List<DateTime>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            signals.Clear();
            var timer = TimersTimerCalls.Create(100, "Tick.cs:1");
            TimersTimerCalls.AddElapsed(timer, (_, e) => signals.Add(e.SignalTime.ToUniversalTime()), "Tick.cs:2");
            TimersTimerCalls.Start(timer, "Tick.cs:3");
            await Task.Delay(TimeSpan.FromMilliseconds(250), Controlled.Time);
            TimersTimerCalls.Stop(timer, "Tick.cs:5");
            await Task.Delay(TimeSpan.FromSeconds(1), Controlled.Time);
        }, Few);

        Assert.Null(result.Bug);
        Assert.Equal([VirtualClock.Epoch.UtcDateTime.AddMilliseconds(100), VirtualClock.Epoch.UtcDateTime.AddMilliseconds(200)], signals);
    }

    [Fact]
    public void Without_auto_reset_Elapsed_is_raised_once_and_the_timer_disables_itself()
    {
        int raised = 0;
        bool enabledAfter = true;
        var result = ConcurrencyTest.Explore(async () =>
        {
            raised = 0;
            using var timer = TimersTimerCalls.Create(TimeSpan.FromSeconds(1), "Once.cs:1");
            TimersTimerCalls.SetAutoReset(timer, false, "Once.cs:2");
            TimersTimerCalls.AddElapsed(timer, (_, _) => raised++, "Once.cs:3");
            TimersTimerCalls.SetEnabled(timer, true, "Once.cs:4");
            await Task.Delay(TimeSpan.FromMinutes(1), Controlled.Time);
            enabledAfter = TimersTimerCalls.Enabled(timer, "Once.cs:6");
        }, Few);

        Assert.Null(result.Bug);
        Assert.Equal(1, raised);
        Assert.False(enabledAfter);
    }

    [Fact]
    public void Setting_the_interval_of_a_running_timer_starts_its_countdown_again()
    {
        var raisedAt = new List<TimeSpan>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            raisedAt.Clear();
            using var timer = TimersTimerCalls.Create(100, "Reset.cs:1");
            TimersTimerCalls.AddElapsed(timer, (_, _) => raisedAt.Add(Controlled.Time.GetUtcNow() - VirtualClock.Epoch), "Reset.cs:2");
            TimersTimerCalls.Start(timer, "Reset.cs:3");
            await Task.Delay(TimeSpan.FromMilliseconds(50), Controlled.Time);
            TimersTimerCalls.SetInterval(timer, 100, "Reset.cs:5");
            await Task.Delay(TimeSpan.FromMilliseconds(120), Controlled.Time);
            TimersTimerCalls.Stop(timer, "Reset.cs:7");
        }, Few);

        Assert.Null(result.Bug);
        Assert.Equal([TimeSpan.FromMilliseconds(150)], raisedAt);
    }

    [Fact]
    public void An_exception_in_an_Elapsed_handler_is_swallowed_as_the_BCL_does_and_the_timer_goes_on()
    {
        int raised = 0;
        var result = ConcurrencyTest.Explore(async () =>
        {
            raised = 0;
            using var timer = TimersTimerCalls.Create(100, "Throw.cs:1");
            TimersTimerCalls.AddElapsed(timer, (_, _) =>
            {
                raised++;
                throw new InvalidOperationException("handler failed");
            }, "Throw.cs:2");
            TimersTimerCalls.Start(timer, "Throw.cs:3");
            await Task.Delay(TimeSpan.FromMilliseconds(350), Controlled.Time);
            TimersTimerCalls.Stop(timer, "Throw.cs:5");
        }, Few);

        Assert.Null(result.Bug);
        Assert.Equal(3, raised);
    }

    [Fact]
    public void A_timer_disposed_through_IDisposable_stops_and_refuses_to_start_again()
    {
        int raised = 0;
        var result = ConcurrencyTest.Explore(async () =>
        {
            raised = 0;
            var timer = TimersTimerCalls.Create(100, "Gone.cs:1");
            TimersTimerCalls.AddElapsed(timer, (_, _) => raised++, "Gone.cs:2");
            TimersTimerCalls.Start(timer, "Gone.cs:3");
            await Task.Delay(TimeSpan.FromMilliseconds(150), Controlled.Time);
            ((IDisposable)timer).Dispose();
            await Task.Delay(TimeSpan.FromSeconds(1), Controlled.Time);
            Assert.Throws<ObjectDisposedException>(() => TimersTimerCalls.Start(timer, "Gone.cs:7"));
        }, Few);

        Assert.Null(result.Bug);
        Assert.Equal(1, raised);
    }

    [Fact]
    public void A_slow_handler_on_an_auto_reset_timer_overlaps_the_next_and_loses_an_update()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            int count = 0;
            int finished = 0;
            var three = new TaskCompletionSource();
            using var timer = TimersTimerCalls.Create(10, "Pump.cs:1");
            TimersTimerCalls.AddElapsed(timer, (_, _) =>
            {
                int seen = count;
                ThreadCalls.Sleep(25, "Pump.cs:4");
                count = seen + 1;
                if (++finished == 3)
                {
                    three.TrySetResult();
                }
            }, "Pump.cs:2");
            TimersTimerCalls.Start(timer, "Pump.cs:9");
            await three.Task;
            TimersTimerCalls.Stop(timer, "Pump.cs:11");
            Invariant.Assert(count == 3, "every pump counted");
        }, Few);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void A_handler_that_restarts_a_timer_without_auto_reset_never_overlaps()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            int count = 0;
            var three = new TaskCompletionSource();
            using var timer = TimersTimerCalls.Create(10, "Pump.cs:1");
            TimersTimerCalls.SetAutoReset(timer, false, "Pump.cs:2");
            TimersTimerCalls.AddElapsed(timer, (sender, _) =>
            {
                int seen = count;
                ThreadCalls.Sleep(25, "Pump.cs:5");
                count = seen + 1;
                if (count == 3)
                {
                    three.TrySetResult();
                    return;
                }

                TimersTimerCalls.Start((ElapsedTimer)sender!, "Pump.cs:12");
            }, "Pump.cs:3");
            TimersTimerCalls.Start(timer, "Pump.cs:14");
            await three.Task;
            Invariant.Assert(count == 3, "every pump counted");
        }, Few);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void An_auto_reset_timer_never_stopped_is_a_leaked_timer()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            var timer = TimersTimerCalls.Create(TimeSpan.FromHours(1), "Leak.cs:1");
            TimersTimerCalls.Start(timer, "Leak.cs:2");
            return Task.CompletedTask;
        }, Few);

        Assert.Equal(BugKind.LeakedTimer, result.Bug?.Kind);
        Assert.Contains("System.Timers.Timer", result.Bug!.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_run_the_targets_drive_the_real_timer()
    {
        using var timer = TimersTimerCalls.Create(50, "Real.cs:1");
        Assert.Null(ElapsedTimerModel.Of(timer));
        TimersTimerCalls.Start(timer, "Real.cs:2");
        Assert.True(timer.Enabled);
        TimersTimerCalls.Stop(timer, "Real.cs:3");
        Assert.False(TimersTimerCalls.Enabled(timer, "Real.cs:4"));
    }
}
