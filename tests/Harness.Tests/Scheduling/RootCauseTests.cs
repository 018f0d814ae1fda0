namespace Harness.Tests.Scheduling;

/// <summary>An exception nobody awaited is reported first, with the deadlock or leak it caused beneath it.</summary>
public sealed class RootCauseTests
{
    [Fact]
    public void An_operation_that_throws_instead_of_completing_what_the_body_awaits_is_reported_as_the_exception_with_the_deadlock_beneath()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var reply = new TaskCompletionSource();
            _ = Controlled.Run(async () =>
            {
                await Controlled.Yield();
                throw new InvalidOperationException("the replier crashed");
            }, "replier");
            await reply.Task;
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("the replier crashed", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("then, as a consequence: Deadlock: the test body", result.Bug.Details, StringComparison.Ordinal);
        Assert.Contains("replier", result.Bug.Operations);
        Assert.Contains("test", result.Bug.Operations);
    }

    [Fact]
    public void A_lost_exception_comes_before_the_leak_it_left_behind()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            var reply = new TaskCompletionSource();
            _ = Controlled.Run(() => reply.Task, "waiter");
            _ = Controlled.Run(async () =>
            {
                await Controlled.Yield();
                throw new InvalidOperationException("no reply today");
            }, "replier");
            return Task.CompletedTask;
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("then, as a consequence: LeakedTask", result.Bug!.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lost_exception_comes_before_an_undisposed_timeout_source()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            _ = new CancellationTokenSource(TimeSpan.FromSeconds(30), Controlled.Time);
            _ = Controlled.Run(() => throw new InvalidOperationException("boom"), "thrower");
            return Task.CompletedTask;
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("then, as a consequence: LeakedTimer", result.Bug!.Details, StringComparison.Ordinal);
    }
}
