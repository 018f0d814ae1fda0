using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

[Collection(EscapeListenerCollection.Name)]
public sealed class UncontrolledWorkTests
{
    [Fact]
    public async Task Task_Run_in_a_step_is_reported_once_as_uncontrolled_work_at_its_call_site()
    {
        var steps = new ControlledSteps();
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var site = "";

        steps.Step(() =>
        {
            site = Sites.NextLine();
            _ = Task.Run(ran.SetResult);
        });
        await ran.Task;

        var report = Assert.Single(steps.Sink.Reports); // the pool enqueue behind it is not a second report
        Assert.False(report.IsBlockingWait);
        Assert.Equal(EscapeMessages.TaskRun, report.What);
        Assert.Equal(site, report.Site?.ToString());
    }

    [Fact]
    public async Task Task_Factory_StartNew_on_the_default_scheduler_is_reported()
    {
        var steps = new ControlledSteps();
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        steps.Step(() => Task.Factory.StartNew(ran.SetResult, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default));
        await ran.Task;

        Assert.Equal(EscapeMessages.TaskRun, Assert.Single(steps.Sink.Reports).What);
    }

    [Fact]
    public async Task A_long_running_task_is_reported_although_it_gets_its_own_thread_instead_of_a_pool_item()
    {
        var steps = new ControlledSteps();
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        steps.Step(() => Task.Factory.StartNew(ran.SetResult, TaskCreationOptions.LongRunning));
        await ran.Task;

        Assert.Equal(EscapeMessages.TaskRun, Assert.Single(steps.Sink.Reports).What);
    }

    [Fact]
    public void A_task_started_on_the_controlled_scheduler_is_not_reported()
    {
        var steps = new ControlledSteps();
        var ran = false;

        steps.Step(() => Task.Factory.StartNew(() => ran = true, CancellationToken.None, TaskCreationOptions.None, steps.Scheduler));
        steps.Step(steps.Scheduler.RunAll);

        Assert.True(ran);
        Assert.Empty(steps.Sink.Reports);
    }

    [Fact]
    public async Task Task_Run_inside_a_task_running_on_the_controlled_scheduler_is_reported()
    {
        // Pins TaskScheduled's first payload as the scheduler the task goes to, not the scheduler of the task queuing it.
        var steps = new ControlledSteps();
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        steps.Step(() => Task.Factory.StartNew(() => Task.Run(ran.SetResult), CancellationToken.None, TaskCreationOptions.None, steps.Scheduler));
        steps.Step(steps.Scheduler.RunAll);
        await ran.Task;

        Assert.Equal(EscapeMessages.TaskRun, Assert.Single(steps.Sink.Reports).What);
    }

    [Fact]
    public void A_task_queued_to_another_scheduler_is_reported_as_a_foreign_scheduler()
    {
        var steps = new ControlledSteps();
        var foreign = new ManualTaskScheduler();

        steps.Step(() => Task.Factory.StartNew(() => { }, CancellationToken.None, TaskCreationOptions.None, foreign));
        foreign.RunAll();

        Assert.Equal(EscapeMessages.ForeignScheduler, Assert.Single(steps.Sink.Reports).What);
    }

    [Fact]
    public void RunSynchronously_on_the_default_scheduler_runs_inline_and_is_not_reported()
    {
        var steps = new ControlledSteps();
        var ranOn = 0;

        steps.Step(() => new Task(() => ranOn = Environment.CurrentManagedThreadId).RunSynchronously(TaskScheduler.Default));

        Assert.Equal(Environment.CurrentManagedThreadId, ranOn);
        Assert.Empty(steps.Sink.Reports);
    }

    [Fact]
    public void Parallel_For_is_reported()
    {
        var steps = new ControlledSteps();

        steps.Step(() => Parallel.For(0, 2, _ => { }));

        // The loop's worker tasks and its wait for them may be reported after it.
        Assert.Equal(EscapeMessages.Parallel, steps.Sink.Reports[0].What);
    }

    [Fact]
    public void Parallel_Invoke_is_reported()
    {
        var steps = new ControlledSteps();

        steps.Step(() => Parallel.Invoke(() => { }, () => { }));

        Assert.Equal(EscapeMessages.Parallel, steps.Sink.Reports[0].What);
    }
}
