using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>Task.Start on a task made with <c>new Task(...)</c>, and the helper every ContinueWith-style target shares.</summary>
public static partial class TaskCalls
{
    /// <summary>Stands in for <see cref="Task.Start()"/>: inside a run the task runs as a controlled operation.</summary>
    /// <param name="task">The unstarted task.</param>
    /// <param name="site">The call site.</param>
    public static void Start(Task task, string site) => Start(task, TaskScheduler.Current, site);

    /// <summary>Stands in for <see cref="Task.Start(TaskScheduler)"/>: <see cref="TaskScheduler.Default"/> is controlled inside a run.</summary>
    /// <param name="task">The unstarted task.</param>
    /// <param name="scheduler">Where the task runs.</param>
    /// <param name="site">The call site.</param>
    public static void Start(Task task, TaskScheduler scheduler, string site)
    {
        // A task that cannot be started (already started, a promise, a continuation) gets .NET's own exception.
        if (task is { Status: TaskStatus.Created } && TaskSchedulers.ControlledBy(scheduler) is { } runtime)
        {
            runtime.StartOperation(CallSite.OperationName(runtime, "Task.Start", null, site), CallSite.Location(site), s =>
            {
                task.Start(s);
                return task;
            });
            return;
        }

        task.Start(scheduler);
    }

    internal static TTask Continue<TTask>(Delegate? continuation, string api, TaskScheduler scheduler, string site, Func<TaskScheduler, TTask> continueWith)
        where TTask : Task
    {
        if (continuation is null || TaskSchedulers.ControlledBy(scheduler) is not { } runtime)
        {
            return continueWith(scheduler);
        }

        return runtime.StartWhenQueued(() => CallSite.OperationName(runtime, api, continuation, site), CallSite.Location(site), continueWith);
    }
}
