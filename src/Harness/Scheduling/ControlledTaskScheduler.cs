namespace Harness.Scheduling;

/// <summary>
/// The task scheduler of one iteration. Spawned operations start on it, so inside their first step
/// <see cref="TaskScheduler.Current"/> is this scheduler and StartNew/ContinueWith that use it stay controlled.
/// </summary>
internal sealed class ControlledTaskScheduler(ControlledRuntime runtime) : TaskScheduler
{
    public override int MaximumConcurrencyLevel => 1;

    internal void Execute(Task task) => TryExecuteTask(task);

    protected override void QueueTask(Task task) => runtime.EnqueueTask(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
    {
        if (taskWasPreviouslyQueued || !runtime.IsSchedulerThread)
        {
            return false;
        }

        runtime.RunningInline();
        return TryExecuteTask(task);
    }

    protected override IEnumerable<Task> GetScheduledTasks() => runtime.QueuedTasks();
}
