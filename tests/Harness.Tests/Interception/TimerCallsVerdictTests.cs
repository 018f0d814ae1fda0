using Harness.Interception;

namespace Harness.Tests.Interception;

/// <summary>
/// The verdicts of System.Threading.Timer on the virtual clock: overlapping callbacks, thrown exceptions, leaks,
/// and the ways to dispose (issue 12).
/// </summary>
public sealed class TimerCallsVerdictTests
{
    private static readonly ExplorationOptions Few = new() { Iterations = 20 };

    [Fact]
    public void A_periodic_callback_slower_than_its_period_overlaps_the_next_and_loses_an_update()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            int count = 0;
            int finished = 0;
            var three = new TaskCompletionSource();
            using var timer = TimerCalls.Create(_ =>
            {
                int seen = count;
                ThreadCalls.Sleep(25, "Poller.cs:8");   // slower than the 10 ms period
                count = seen + 1;
                if (++finished == 3)
                {
                    three.SetResult();
                }
            }, null, 0, 10, "Poller.cs:5");
            await three.Task;
            Invariant.Assert(count == 3, "every poll counted");
        }, Few);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void A_one_shot_timer_re_armed_at_the_end_of_its_callback_never_overlaps()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            int count = 0;
            var three = new TaskCompletionSource();
            Timer? timer = null;
            timer = TimerCalls.Create(_ =>
            {
                int seen = count;
                ThreadCalls.Sleep(25, "Poller.cs:8");
                count = seen + 1;
                if (count == 3)
                {
                    three.SetResult();
                    return;
                }

                TimerCalls.Change(timer!, 10, Timeout.Infinite, "Poller.cs:14");
            }, null, 0, Timeout.Infinite, "Poller.cs:5");
            await three.Task;
            TimerCalls.Dispose(timer, "Poller.cs:17");
            Invariant.Assert(count == 3, "every poll counted");
        }, Few);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void An_exception_escaping_a_callback_is_reported_at_once_as_the_process_crash_it_is()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var timer = TimerCalls.Create(_ => throw new InvalidOperationException("poll failed"), null, 10, Timeout.Infinite, "Poller.cs:5");
            await Task.Delay(TimeSpan.FromSeconds(1), Controlled.Time);
        }, Few);

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("System.Threading.Timer callback", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("poll failed", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_periodic_timer_never_disposed_is_a_leaked_timer_and_a_one_shot_never_is()
    {
        var leaked = ConcurrencyTest.Explore(() =>
        {
            _ = TimerCalls.Create(_ => { }, null, TimeSpan.FromHours(1), TimeSpan.FromHours(1), "Heartbeat.cs:5");
            return Task.CompletedTask;
        }, Few);
        var oneShot = ConcurrencyTest.Explore(() =>
        {
            _ = TimerCalls.Create(_ => { }, null, 1000, Timeout.Infinite, "Heartbeat.cs:5");
            return Task.CompletedTask;
        }, Few);

        Assert.Equal(BugKind.LeakedTimer, leaked.Bug?.Kind);
        Assert.Contains("System.Threading.Timer", leaked.Bug!.Details, StringComparison.Ordinal);
        Assert.Null(oneShot.Bug);
    }

    [Fact]
    public void A_fast_periodic_timer_cut_off_by_the_step_bound_is_a_leaked_timer_not_a_leaked_callback()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            _ = TimerCalls.Create(_ => { }, null, 10, 10, "Heartbeat.cs:5");
            return Task.CompletedTask;
        }, new ExplorationOptions { Iterations = 1, MaxSteps = 40 });

        Assert.Equal(BugKind.LeakedTimer, result.Bug?.Kind);
    }

    [Fact]
    public void A_timer_disposed_through_IDisposable_as_a_using_does_stops_calling_back()
    {
        int calls = 0;
        var result = ConcurrencyTest.Explore(async () =>
        {
            calls = 0;
            IDisposable timer = TimerCalls.Create(_ => calls++, null, 1000, 1000, "Heartbeat.cs:5");
            await Task.Delay(TimeSpan.FromSeconds(2.5), Controlled.Time);
            timer.Dispose();
        }, Few);

        Assert.Null(result.Bug);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Dispose_with_a_wait_handle_signals_it_only_after_the_running_callback_returned()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            bool callbackDone = false;
            var started = new TaskCompletionSource();
            var timer = SlowOneShot(started, () => callbackDone = true);
            await started.Task;
            using var disposed = new ManualResetEvent(false);
            Invariant.Assert(TimerCalls.Dispose(timer, disposed, "Slow.cs:12"), "the first Dispose disposes");
            Invariant.Assert(!TimerCalls.Dispose(timer, new ManualResetEvent(false), "Slow.cs:13"), "a second Dispose(WaitHandle) returns false");
            await Controlled.Run(() => { WaitHandleCalls.WaitOne(disposed, "Slow.cs:14"); return Task.CompletedTask; });
            Invariant.Assert(callbackDone, "the handle is signalled after the callback returned");
        }, Few);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void DisposeAsync_completes_only_after_the_running_callback_returned()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            bool callbackDone = false;
            var started = new TaskCompletionSource();
            var timer = SlowOneShot(started, () => callbackDone = true);
            await started.Task;
            await TimerCalls.DisposeAsync(timer, "Slow.cs:11");
            Invariant.Assert(callbackDone, "DisposeAsync waited for the callback");
        }, Few);

        Assert.Null(result.Bug);
    }

    /// <summary>A one-shot timer due at once whose callback takes 100 ms: it is still running when the body goes on.</summary>
    private static Timer SlowOneShot(TaskCompletionSource started, Action done) =>
        TimerCalls.Create(_ =>
        {
            started.SetResult();
            ThreadCalls.Sleep(100, "Slow.cs:7");
            done();
        }, null, 0, Timeout.Infinite, "Slow.cs:5");
}
