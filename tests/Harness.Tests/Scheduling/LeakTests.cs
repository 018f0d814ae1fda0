using Harness.Tests.Programs;

namespace Harness.Tests.Scheduling;

public sealed class LeakTests
{
    [Fact]
    public void A_task_blocked_on_a_channel_read_nobody_writes_is_reported_as_leaked_with_its_await_line()
    {
        var result = ConcurrencyTest.Explore(Channels.ReaderNobodyWritesTo);

        Assert.NotNull(result.Bug);
        Assert.Equal(BugKind.LeakedTask, result.Bug.Kind);
        Assert.Equal(["alert reader"], result.Bug.Operations);
        Assert.Contains(SourceLine.Of("alert read"), result.Bug.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Work_still_ready_when_the_body_returns_runs_to_its_end_and_is_not_a_leak()
    {
        int finished = 0;
        var result = ConcurrencyTest.Explore(async () =>
        {
            _ = Controlled.Run(async () =>
            {
                await Task.Yield();
                await Task.Yield();
                finished++;
            });
            await Task.Yield();
        }, new ExplorationOptions { Iterations = 200, Strategy = SchedulingStrategy.Random });

        Assert.Null(result.Bug);
        Assert.Equal(200, finished);
    }

    [Fact]
    public void An_exception_in_a_task_nobody_awaits_is_reported_as_unhandled()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            _ = Controlled.Run(async () =>
            {
                await Task.Yield();
                throw new InvalidOperationException("the audit store is gone");
            }, "auditor");
            await Task.Yield();
        });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Equal(["auditor"], result.Bug!.Operations);
        Assert.Contains("the audit store is gone", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_that_the_body_awaits_and_handles_is_not_a_bug()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var failing = Controlled.Run(async () =>
            {
                await Task.Yield();
                throw new InvalidOperationException("expected");
            });
            await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        }, new ExplorationOptions { Iterations = 100 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void The_runtime_internal_that_tells_observed_exceptions_is_present()
    {
        Assert.True(Harness.Diagnostics.TaskObservation.IsSupported, "Task's exception-holder fields were renamed: update TaskObservation.");
    }
}
