using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

[Collection(EscapeListenerCollection.Name)]
public sealed class ListenerIsolationTests
{
    [Fact]
    public async Task Escapes_raised_on_another_thread_while_a_step_runs_are_not_reported()
    {
        var steps = new ControlledSteps();
        using var go = new ManualResetEventSlim();
        using var escaped = new ManualResetEventSlim();
        var innerRan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outer = Task.Run(() =>
        {
            go.Wait();
            _ = Task.Run(innerRan.SetResult);
            ThreadPool.QueueUserWorkItem(_ => { });
            escaped.Set();
        });

        // ManualResetEventSlim waits raise no task events, so the step itself stays silent while the other thread escapes.
        steps.Step(() =>
        {
            go.Set();
            escaped.Wait();
        });
        await outer;
        await innerRan.Task;

        Assert.Empty(steps.Sink.Reports);
    }

    [Fact]
    public async Task Nothing_is_reported_outside_a_step()
    {
        var steps = new ControlledSteps();
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        _ = Task.Run(ran.SetResult);
        await ran.Task;

        Assert.Empty(steps.Sink.Reports);
    }

    [Fact]
    public async Task A_sink_that_throws_does_not_break_the_code_under_test()
    {
        var steps = new ControlledSteps();
        steps.Sink.ThrowOnReport = true;
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        steps.Step(() => _ = Task.Run(ran.SetResult));
        await ran.Task;

        Assert.Single(steps.Sink.Reports);
    }

    [Fact]
    public void Once_started_the_pool_traces_enqueues_even_though_it_ran_work_before()
    {
        // The test host used the pool long before: its cached "tracing off" flag must have been refreshed.
        EscapeListener.EnsureStarted();

        Assert.True(ThreadPoolTracing.WaitUntilTraced(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task EnsureStarted_from_many_threads_starts_a_single_listener()
    {
        Parallel.For(0, 16, _ => EscapeListener.EnsureStarted());
        var steps = new ControlledSteps();
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        steps.Step(() => _ = Task.Run(ran.SetResult));
        await ran.Task;

        Assert.Single(steps.Sink.Reports);
    }
}
