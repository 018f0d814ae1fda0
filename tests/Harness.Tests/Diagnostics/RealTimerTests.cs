using System.Collections.Concurrent;

namespace Harness.Tests.Diagnostics;

/// <summary>
/// A real System.Threading.Timer created by code the harness does not rewrite fires on a real thread. While one
/// armed by the iteration can still fire, a stuck iteration is uncontrolled concurrency, never "can never finish".
/// The timers here are due in an hour, so they never fire during a test; each is disposed at the end.
/// </summary>
[Collection(EscapeListenerCollection.Name)]
public sealed class RealTimerTests
{
    private static readonly ExplorationOptions Some = new() { Iterations = 10, Seed = 2 };

    [Fact]
    public void A_real_timer_the_body_waits_on_is_uncontrolled_concurrency_naming_where_it_was_created()
    {
        var timers = new ConcurrentBag<Timer>();
        try
        {
            var result = ConcurrencyTest.Explore(async () =>
            {
                var fired = new TaskCompletionSource();
                timers.Add(new Timer(_ => fired.TrySetResult(), null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan)); // line 24
                await fired.Task;
            }, Some);

            Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
            Assert.StartsWith("'test' created a real timer with new Timer at RealTimerTests.cs:24 that can still fire", result.Bug!.Summary, StringComparison.Ordinal);
            Assert.Contains("Controlled.Time.CreateTimer", result.Bug.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain("can never finish", result.Bug.Summary, StringComparison.Ordinal);
            Assert.Contains("due 3600000 ms after it was armed", result.Bug.Details, StringComparison.Ordinal);
        }
        finally
        {
            DisposeAll(timers);
        }
    }

    [Fact]
    public void An_operation_left_waiting_on_a_real_timer_when_the_body_ends_is_uncontrolled_concurrency_not_a_leak()
    {
        var timers = new ConcurrentBag<Timer>();
        try
        {
            var result = ConcurrencyTest.Explore(() =>
            {
                var fired = new TaskCompletionSource();
                _ = Controlled.Run(async () =>
                {
                    timers.Add(new Timer(_ => fired.TrySetResult(), null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan));
                    await fired.Task;
                }, "poller");
                return Task.CompletedTask;
            }, Some);

            Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
            Assert.StartsWith("'poller' created a real timer with new Timer at RealTimerTests.cs:", result.Bug!.Summary, StringComparison.Ordinal);
        }
        finally
        {
            DisposeAll(timers);
        }
    }

    [Fact]
    public void A_real_timer_disposed_or_stopped_before_the_wait_cannot_fire_so_the_wait_is_a_deadlock()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var never = new TaskCompletionSource();
            using (new Timer(_ => never.TrySetResult(), null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan))
            {
            }

            using var stopped = new Timer(_ => never.TrySetResult(), null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
            stopped.Change(Timeout.Infinite, Timeout.Infinite);
            await never.Task;
        }, Some);

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
    }

    [Fact]
    public async Task A_real_timer_that_fires_after_its_iteration_ended_changes_nothing_in_later_runs()
    {
        var timers = new ConcurrentBag<Timer>();
        var posts = new ConcurrentBag<Task>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            var fired = new TaskCompletionSource();
            var posted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            posts.Add(posted.Task);
            timers.Add(new Timer(_ =>
            {
                fired.TrySetResult(); // the body's continuation is posted to the finished iteration, from a timer thread
                posted.TrySetResult();
            }, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan));
            await fired.Task;
        }, Some);
        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);

        foreach (var timer in timers)
        {
            timer.Change(0, Timeout.Infinite);
        }

        await Task.WhenAll(posts).WaitAsync(TimeSpan.FromSeconds(30)); // every real timer fired and posted
        DisposeAll(timers);
        var after = ConcurrencyTest.Explore(async () => await Controlled.Run(async () => await Controlled.Yield()), Some);
        Assert.Null(after.Bug);
    }

    private static void DisposeAll(ConcurrentBag<Timer> timers)
    {
        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }
}
