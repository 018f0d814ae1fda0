namespace Harness.Tests.Hybrid;

public sealed class HybridEscapeTests
{
    [Fact]
    public void A_blocking_wait_that_was_not_redirected_is_still_reported_on_a_hybrid_thread()
    {
        var never = new TaskCompletionSource();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                await Task.WhenAll(
                    Controlled.Run(() =>
                    {
                        Controlled.Interleave();
                        return Task.CompletedTask;
                    }, "first"),
                    Controlled.Run(() =>
                    {
                        Controlled.Interleave();
                        never.Task.Wait();
                        return Task.CompletedTask;
                    }, "blocker"));
            },
            new ExplorationOptions { Seed = 3, Iterations = 1 });

        Assert.Equal(BugKind.BlockingWait, result.Bug?.Kind);
        Assert.Contains("'blocker'", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_run_from_synchronous_code_on_a_hybrid_thread_is_reported_as_uncontrolled()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                await Task.WhenAll(
                    Controlled.Run(() =>
                    {
                        Controlled.Interleave();
                        return Task.CompletedTask;
                    }, "first"),
                    Controlled.Run(() =>
                    {
                        Controlled.Interleave();
                        _ = Task.Run(() => { });
                        return Task.CompletedTask;
                    }, "escaper"));
            },
            new ExplorationOptions { Seed = 3, Iterations = 20 });

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.Contains("'escaper'", result.Bug!.Summary, StringComparison.Ordinal);
    }
}
