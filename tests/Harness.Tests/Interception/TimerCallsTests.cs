using Harness.Interception;
using Harness.Time;

namespace Harness.Tests.Interception;

/// <summary>System.Threading.Timer made in rewritten code: on the virtual clock, with .NET's semantics (issue 12).</summary>
public sealed class TimerCallsTests
{
    private static readonly ExplorationOptions Few = new() { Iterations = 20 };

    [Fact]
    public void A_periodic_timer_calls_back_at_each_due_virtual_time_until_disposed()
    {
        var seen = new List<TimeSpan>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            seen.Clear();
            var third = new TaskCompletionSource();
            var timer = TimerCalls.Create(_ =>
            {
                seen.Add(Controlled.Time.GetUtcNow() - VirtualClock.Epoch);
                if (seen.Count == 3)
                {
                    third.SetResult();
                }
            }, null, 100, 50, "Ticker.cs:10");
            await third.Task;
            TimerCalls.Dispose(timer, "Ticker.cs:12");
        }, Few);

        Assert.Null(result.Bug);
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(200)], seen);
    }

    [Fact]
    public void A_due_time_of_zero_calls_back_at_once_and_a_period_of_zero_calls_back_once()
    {
        int calls = 0;
        var result = ConcurrencyTest.Explore(async () =>
        {
            calls = 0;
            using var timer = TimerCalls.Create(_ => calls++, null, 0, 0, "Once.cs:5");
            await Task.Delay(TimeSpan.FromHours(1), Controlled.Time);
        }, Few);

        Assert.Null(result.Bug);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Change_to_infinite_stops_the_timer_and_a_disposed_timer_refuses_Change()
    {
        int calls = 0;
        bool changedAfterDispose = true;
        var result = ConcurrencyTest.Explore(async () =>
        {
            calls = 0;
            var timer = TimerCalls.Create(_ => calls++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), "Poll.cs:5");
            await Task.Delay(TimeSpan.FromSeconds(2.5), Controlled.Time);
            Invariant.Assert(TimerCalls.Change(timer, Timeout.Infinite, Timeout.Infinite, "Poll.cs:7"), "a live timer accepts Change");
            await Task.Delay(TimeSpan.FromHours(1), Controlled.Time);
            TimerCalls.Dispose(timer, "Poll.cs:9");
            changedAfterDispose = TimerCalls.Change(timer, 10L, 10L, "Poll.cs:10");
        }, Few);

        Assert.Null(result.Bug);
        Assert.Equal(2, calls);
        Assert.False(changedAfterDispose);
    }

    [Fact]
    public void Arguments_out_of_range_throw_what_dotnet_throws_even_inside_a_run()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            var due = Assert.Throws<ArgumentOutOfRangeException>(() => TimerCalls.Create(_ => { }, null, -2, 0, "Bad.cs:1"));
            var period = Assert.Throws<ArgumentOutOfRangeException>(() => TimerCalls.Create(_ => { }, null, 0L, 0xfffffffffL, "Bad.cs:2"));
            Invariant.Assert(due.ParamName == "dueTime" && period.ParamName == "period", "the parameter is named");
            Assert.Throws<ArgumentNullException>(() => TimerCalls.Create(null!, "Bad.cs:3"));
            return Task.CompletedTask;
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_timer_made_with_only_a_callback_is_not_armed_and_passes_itself_as_state()
    {
        object? state = null;
        Timer? made = null;
        var result = ConcurrencyTest.Explore(async () =>
        {
            made = TimerCalls.Create(s => state = s, "Self.cs:3");
            await Task.Delay(TimeSpan.FromSeconds(1), Controlled.Time);
            Invariant.Assert(state is null, "an unarmed timer does not call back");
            TimerCalls.Change(made, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan, "Self.cs:6");
            await Task.Delay(TimeSpan.FromSeconds(2), Controlled.Time);
            TimerCalls.Dispose(made, "Self.cs:8");
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Same(made, state);
    }

    [Fact]
    public void Outside_a_run_the_targets_make_and_drive_a_real_timer()
    {
        var timer = TimerCalls.Create(_ => { }, null, Timeout.Infinite, Timeout.Infinite, "Real.cs:1");
        Assert.Null(ControlledTimer.Of(timer));
        Assert.True(TimerCalls.Change(timer, Timeout.Infinite, Timeout.Infinite, "Real.cs:2"));
        using var done = new ManualResetEvent(false);
        Assert.True(TimerCalls.Dispose(timer, done, "Real.cs:3"));
        Assert.True(done.WaitOne(0));
        Assert.False(TimerCalls.Change(timer, 1, 1, "Real.cs:4"));
    }
}
