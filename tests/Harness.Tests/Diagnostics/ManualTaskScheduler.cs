namespace Harness.Tests.Diagnostics;

/// <summary>A TaskScheduler that only queues; the test runs the queued tasks on its own thread when it wants.</summary>
internal sealed class ManualTaskScheduler : TaskScheduler
{
    private readonly Queue<Task> queued = new();

    public void RunAll()
    {
        while (queued.TryDequeue(out var task))
        {
            TryExecuteTask(task);
        }
    }

    protected override IEnumerable<Task> GetScheduledTasks() => [.. queued];

    protected override void QueueTask(Task task) => queued.Enqueue(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;
}
