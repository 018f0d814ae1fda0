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
    public void Configure_await_false_inside_controlled_code_is_reported_as_uncontrolled_concurrency()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var signal = new TaskCompletionSource();
            var waiter = Controlled.Run(async () => await signal.Task.ConfigureAwait(false), "waiter");
            await Controlled.Yield();
            signal.SetResult();
            await waiter;
        }, Once);

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.Contains("ConfigureAwait(false)", result.Bug!.Summary, StringComparison.Ordinal);
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
