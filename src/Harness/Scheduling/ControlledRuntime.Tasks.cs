using System.Diagnostics;
using Harness.Diagnostics;

namespace Harness.Scheduling;

/// <summary>
/// Work started through .NET's own task APIs (TaskFactory.StartNew, Task.Start, ContinueWith, ContinueWhenAll/Any)
/// with the controlled scheduler in place of the default one. .NET keeps every rule it observes (creation and
/// continuation options, attached children, LongRunning, cancellation, task identity); the harness only decides
/// when each task runs.
/// </summary>
internal sealed partial class ControlledRuntime
{
    private readonly Dictionary<Task, (Func<string> Name, SourceLocation? Site)> startWhenQueued = new(ReferenceEqualityComparer.Instance);
    private (Func<string> Name, SourceLocation? Site)? pendingContinuation;

    /// <summary>
    /// Runs <paramref name="start"/> (a .NET call that queues one task to the scheduler it is given) and makes the task
    /// it queues a new operation. A task .NET does not queue (a cancelled token) still gets an operation, finished.
    /// </summary>
    internal TTask StartOperation<TTask>(string name, SourceLocation? site, Func<TaskScheduler, TTask> start)
        where TTask : Task
    {
        var operation = new Operation(operations.Count, name, site);
        pendingStart = operation;
        TTask task;
        try
        {
            task = start(TaskScheduler);
        }
        finally
        {
            pendingStart = null;
        }

        operation.StartedDirectly(task);
        operations.Add(operation);
        return task;
    }

    /// <summary>
    /// Runs <paramref name="continueWith"/> (a .NET call that creates a continuation on the scheduler it is given).
    /// The continuation becomes an operation of its own when .NET queues it (its antecedents are done); run inline
    /// (ExecuteSynchronously) it belongs to the step that completed the antecedent, as in .NET it runs on that thread.
    /// </summary>
    internal TTask StartWhenQueued<TTask>(Func<string> name, SourceLocation? site, Func<TaskScheduler, TTask> continueWith)
        where TTask : Task
    {
        pendingContinuation = (name, site);
        TTask task;
        bool queued;
        try
        {
            task = continueWith(TaskScheduler);
        }
        finally
        {
            queued = pendingContinuation is null;
            pendingContinuation = null;
        }

        if (!queued && !task.IsCompleted)
        {
            startWhenQueued[task] = (name, site);
        }

        return task;
    }

    /// <summary>A task about to run inline is not the continuation a pending ContinueWith call would queue.</summary>
    internal void RunningInline() => pendingContinuation = null;

    /// <summary>The operation of a continuation that <see cref="StartWhenQueued"/> announced, or null.</summary>
    private Operation? ContinuationOperation(Task task)
    {
        (Func<string> Name, SourceLocation? Site) named;
        if (pendingContinuation is { } pending)
        {
            named = pending;
            pendingContinuation = null;
        }
        else if (!startWhenQueued.Remove(task, out named))
        {
            return null;
        }

        var operation = new Operation(operations.Count, named.Name(), named.Site);
        operation.StartedDirectly(task);
        operations.Add(operation);
        return operation;
    }

    /// <summary>Controlled code handed work to a TaskScheduler of its own (not the default one, which is controlled).</summary>
    internal void OnForeignScheduler(TaskScheduler scheduler, StackTrace where)
    {
        if (IsSchedulerThread && running is { } operation && !Tolerate($"a task queued to {FriendlyTypeNames.Of(scheduler.GetType())}", where))
        {
            bug ??= Verdicts.ForeignScheduler(this, operation, FriendlyTypeNames.Of(scheduler.GetType()), where);
        }
    }
}
