using System.Threading.Channels;
using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

[Collection(EscapeListenerCollection.Name)]
public sealed class ThreadPoolQueueTests
{
    [Fact]
    public async Task ThreadPool_QueueUserWorkItem_is_reported_at_its_call_site()
    {
        var steps = new ControlledSteps();
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var site = "";

        steps.Step(() =>
        {
            site = Sites.NextLine();
            ThreadPool.QueueUserWorkItem(_ => ran.SetResult());
        });
        await ran.Task;

        var report = Assert.Single(steps.Sink.Reports);
        Assert.Equal(EscapeMessages.QueueUserWorkItem, report.What);
        Assert.Equal(site, report.Site?.ToString());
    }

    [Fact]
    public async Task ThreadPool_UnsafeQueueUserWorkItem_is_reported()
    {
        var steps = new ControlledSteps();
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        steps.Step(() => ThreadPool.UnsafeQueueUserWorkItem(static done => done.SetResult(), ran, preferLocal: true));
        await ran.Task;

        Assert.Equal(EscapeMessages.QueueUserWorkItem, Assert.Single(steps.Sink.Reports).What);
    }

    [Fact]
    public async Task ConfigureAwait_false_on_an_unfinished_task_is_reported_at_the_step_that_completes_it()
    {
        var steps = new ControlledSteps();
        var source = new TaskCompletionSource();
        var resumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var site = "";

        steps.Step(() => _ = ResumeWithoutContext(source.Task, resumed));
        Assert.Empty(steps.Sink.Reports); // suspending is fine: the continuation is queued when the task completes

        steps.Step(() =>
        {
            site = Sites.NextLine();
            source.SetResult();
        });
        await resumed.Task;

        var report = Assert.Single(steps.Sink.Reports);
        Assert.Equal(EscapeMessages.Continuation, report.What);
        Assert.Equal(site, report.Site?.ToString());
    }

    [Fact]
    public void ConfigureAwait_false_on_a_completed_task_is_not_reported()
    {
        var steps = new ControlledSteps();
        var resumed = new TaskCompletionSource();

        steps.Step(() => _ = ResumeWithoutContext(Task.CompletedTask, resumed));

        Assert.True(resumed.Task.IsCompleted);
        Assert.Empty(steps.Sink.Reports);
    }

    [Fact]
    public async Task AsTask_on_a_waiting_channel_read_is_reported_when_the_read_completes()
    {
        // The Task wrapper subscribes without a context, so the channel completes it from a pool thread.
        var steps = new ControlledSteps();
        var channel = Channel.CreateUnbounded<int>();
        var read = Task.FromResult(0);

        steps.Step(() => read = channel.Reader.ReadAsync().AsTask());
        steps.Step(() => channel.Writer.TryWrite(42));

        Assert.Equal(42, await read);
        Assert.Equal(EscapeMessages.Continuation, Assert.Single(steps.Sink.Reports).What);
    }

    private static async Task ResumeWithoutContext(Task task, TaskCompletionSource resumed)
    {
        await task.ConfigureAwait(false);
        resumed.SetResult();
    }
}
