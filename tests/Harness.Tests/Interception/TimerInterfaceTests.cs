using Harness.Interception;
using Harness.Time;

namespace Harness.Tests.Interception;

/// <summary>
/// A modelled <see cref="Timer"/> changed through <see cref="ITimer"/> (code written against TimeProvider): the
/// change acts on the virtual clock, and a Dispose through the interface is seen as .NET sees it.
/// </summary>
public sealed class TimerInterfaceTests
{
    private static readonly ExplorationOptions Some = new() { Iterations = 100, Seed = 5 };

    [Fact]
    public void A_timer_rescheduled_through_ITimer_fires_at_the_new_virtual_time()
    {
        var firedAt = TimeSpan.Zero;
        var result = ConcurrencyTest.Explore(async () =>
        {
            var fired = new TaskCompletionSource();
            ITimer timer = TimerCalls.Create(_ => { firedAt = Controlled.Time.GetUtcNow() - VirtualClock.Epoch; fired.TrySetResult(); }, null, Timeout.Infinite, Timeout.Infinite, "Debounce.cs:4");
            Invariant.Assert(TimerCalls.Change(timer, TimeSpan.FromMilliseconds(300), Timeout.InfiniteTimeSpan, "Debounce.cs:5"), "a live timer accepts Change");
            await fired.Task;
            TimerCalls.Dispose((Timer)timer, "Debounce.cs:7");
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(TimeSpan.FromMilliseconds(300), firedAt);
    }

    [Fact]
    public void Change_through_ITimer_after_a_Dispose_through_ITimer_returns_false_and_never_fires()
    {
        int calls = 0;
        bool changed = true;
        var result = ConcurrencyTest.Explore(async () =>
        {
            calls = 0;
            ITimer timer = TimerCalls.Create(_ => calls++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan, "Poll.cs:3");
            timer.Dispose();
            changed = TimerCalls.Change(timer, TimeSpan.Zero, Timeout.InfiniteTimeSpan, "Poll.cs:5");
            await Task.Delay(TimeSpan.FromSeconds(5), Controlled.Time);
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.False(changed);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void A_callback_started_through_ITimer_that_races_the_caller_loses_an_update_and_the_locked_one_is_clean()
    {
        static Func<Task> Counter(bool locked) => async () =>
        {
            int count = 0;
            var gate = new object();
            var done = new TaskCompletionSource();
            void Increment()
            {
                if (locked)
                {
                    MonitorCalls.Enter(gate, "Count.cs:9");
                }

                int seen = count;
                Controlled.Interleave();
                count = seen + 1;
                if (locked)
                {
                    MonitorCalls.Exit(gate, "Count.cs:15");
                }
            }

            ITimer timer = TimerCalls.Create(_ => { Increment(); done.SetResult(); }, null, Timeout.Infinite, Timeout.Infinite, "Count.cs:18");
            TimerCalls.Change(timer, TimeSpan.Zero, Timeout.InfiniteTimeSpan, "Count.cs:19");
            Increment();
            await done.Task;
            Invariant.Assert(count == 2, $"both increments count ({count})");
        };

        Assert.Equal(BugKind.AssertionFailure, ConcurrencyTest.Explore(Counter(locked: false), Some).Bug?.Kind);
        Assert.Null(ConcurrencyTest.Explore(Counter(locked: true), Some).Bug);
    }

    [Fact]
    public void An_await_using_on_a_modelled_timer_waits_for_the_running_callback_as_dotnet_does()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            bool running = false;
            var started = new TaskCompletionSource();
            IAsyncDisposable timer = TimerCalls.Create(_ =>
            {
                running = true;
                started.TrySetResult();
                Controlled.Interleave();
                running = false;
            }, null, 0, Timeout.Infinite, "Flush.cs:4");
            await started.Task;
            await TimerCalls.DisposeAsync(timer, "Flush.cs:11");
            Invariant.Assert(!running, "no callback runs once DisposeAsync completed");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void An_ITimer_that_is_not_a_modelled_Timer_is_called_as_it_is()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var fired = new TaskCompletionSource();
            using var timer = Controlled.Time.CreateTimer(_ => fired.TrySetResult(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Invariant.Assert(TimerCalls.Change(timer, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan, "Provider.cs:4"), "the provider's timer accepts Change");
            await fired.Task;
            Invariant.Assert(Controlled.Time.GetUtcNow() - VirtualClock.Epoch == TimeSpan.FromSeconds(2), "it fired on the virtual clock");
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Outside_a_run_Change_through_ITimer_is_the_timer_call()
    {
        ITimer timer = new Timer(_ => { }, null, Timeout.Infinite, Timeout.Infinite);
        Assert.True(TimerCalls.Change(timer, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan, "Outside.cs:1"));
        timer.Dispose();
        Assert.False(TimerCalls.Change(timer, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan, "Outside.cs:3"));
    }
}
