namespace Harness.Tests.Diagnostics;

public sealed class UncontrolledConcurrencyTests
{
    private static readonly ExplorationOptions Once = new() { Iterations = 1, WatchdogTimeout = TimeSpan.FromMinutes(2) };

    [Fact]
    public void Task_run_inside_controlled_code_is_reported_as_uncontrolled_concurrency()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Task.Run(() => { });
        }, Once);

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.Contains("Controlled.Run", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_await_false_on_a_task_stays_controlled_and_its_resumption_is_traced()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var signal = new TaskCompletionSource();
            bool waiting = false;
            var waiter = Controlled.Run(async () =>
            {
                waiting = true;
                await signal.Task.ConfigureAwait(false);
                Invariant.Assert(false, "reached after the ConfigureAwait(false) await");
            }, "waiter");
            while (!waiting)
            {
                await Controlled.Yield();
            }

            signal.SetResult();
            await waiter;
        }, Once);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Equal(["waiter"], result.Bug!.Operations);
        Assert.Contains(result.Trace, line => line.Contains("waiter", StringComparison.Ordinal) && line.Contains("after await #1", StringComparison.Ordinal));
    }

    [Fact]
    public void Work_queued_straight_to_the_global_thread_pool_is_reported_as_uncontrolled_concurrency()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var done = new TaskCompletionSource();
            ThreadPool.QueueUserWorkItem(_ => done.TrySetResult());
            await done.Task;
        }, Once);

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.Contains("QueueUserWorkItem", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_all_async_is_reported_because_the_channel_wakes_it_on_the_global_thread_pool()
    {
        // ReadAllAsync awaits WaitToReadAsync().ConfigureAwait(false), and the channel completes that wait on the
        // global pool, which the harness cannot catch yet: it must say so rather than schedule it wrongly.
        var result = ConcurrencyTest.Explore(Harness.Tests.Programs.Channels.ConsumerUsingReadAllAsync, new ExplorationOptions { Seed = 5 });

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.Contains("ConfigureAwait(false)", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancel_async_which_runs_callbacks_on_the_thread_pool_is_reported_as_uncontrolled_concurrency()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var stop = new CancellationTokenSource();
            using var registration = stop.Token.Register(() => { });
            await stop.CancelAsync();
        }, Once);

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
    }

    [Fact]
    public void A_result_on_an_unfinished_task_fails_at_once_instead_of_hanging()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var signal = new TaskCompletionSource<int>();
            _ = Controlled.Run(async () =>
            {
                await Task.Yield();
                signal.SetResult(1);
            });
            int value = signal.Task.Result;
            await Task.Yield();
            Invariant.Assert(value == 1, "unreachable");
        }, Once);

        Assert.Equal(BugKind.BlockingWait, result.Bug?.Kind);
        // The fast path names the call; the watchdog (2 minutes here) would only say the thread was held.
        Assert.Contains(".Result", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.NotEmpty(result.Trace);
    }
}
