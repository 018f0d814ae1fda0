using System.Diagnostics.Tracing;
using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

/// <summary>Pins the undocumented event layout the listener relies on, so a runtime update that moves it fails here.</summary>
[Collection(EscapeListenerCollection.Name)]
public sealed class RuntimeEventLayoutTests
{
    [Fact]
    public void TaskScheduled_carries_the_id_of_the_scheduler_the_task_is_queued_to_first()
    {
        var scheduler = new ManualTaskScheduler();
        using var events = new ThisThreadEvents();

        var e = events.Single(EscapeEvents.TplSource, EscapeEvents.TaskScheduled,
            () => Task.Factory.StartNew(() => { }, CancellationToken.None, TaskCreationOptions.None, scheduler));
        scheduler.RunAll();

        Assert.Equal("TaskScheduled", e.EventName);
        Assert.Equal("OriginatingTaskSchedulerID", e.PayloadNames![EscapeEvents.TaskScheduledSchedulerIdIndex]);
        Assert.Equal(scheduler.Id, e.Payload![EscapeEvents.TaskScheduledSchedulerIdIndex]);
    }

    [Fact]
    public void TaskWaitBegin_carries_the_wait_behaviour_as_an_int_fourth()
    {
        var never = new TaskCompletionSource();
        using var events = new ThisThreadEvents();

        var e = events.Single(EscapeEvents.TplSource, EscapeEvents.TaskWaitBegin, () => never.Task.Wait(0));

        Assert.Equal("TaskWaitBegin", e.EventName);
        Assert.Equal("Behavior", e.PayloadNames![EscapeEvents.TaskWaitBeginBehaviorIndex]);
        Assert.Equal(EscapeEvents.SynchronousWait, e.Payload![EscapeEvents.TaskWaitBeginBehaviorIndex]);
    }

    [Fact]
    public void Parallel_loops_and_invokes_log_to_their_own_source()
    {
        using var events = new ThisThreadEvents();

        var loop = events.Single(EscapeEvents.ParallelSource, EscapeEvents.ParallelLoopBegin, () => Parallel.For(0, 1, _ => { }));
        var invoke = events.Single(EscapeEvents.ParallelSource, EscapeEvents.ParallelInvokeBegin, () => Parallel.Invoke(() => { }));

        Assert.Equal("ParallelLoopBegin", loop.EventName);
        Assert.Equal("ParallelInvokeBegin", invoke.EventName);
    }

    [Fact]
    public async Task ThreadPoolEnqueueWork_is_raised_by_the_enqueuing_thread()
    {
        EscapeListener.EnsureStarted(); // the pool's cached "tracing on" flag is fresh only once this returns
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var events = new ThisThreadEvents();

        var e = events.Single(EscapeEvents.ThreadPoolSource, EscapeEvents.ThreadPoolEnqueueWork,
            () => ThreadPool.QueueUserWorkItem(_ => ran.SetResult()));
        await ran.Task;

        Assert.Equal("ThreadPoolEnqueueWork", e.EventName);
    }
}
