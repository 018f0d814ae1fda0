using System.Diagnostics;
using System.Globalization;
using Harness.Diagnostics;
using Harness.Hybrid;
using Harness.Time;

namespace Harness.Scheduling;

/// <summary>How work enters the ready list: posts, spawned operations, timers; and how one step runs.</summary>
internal sealed partial class ControlledRuntime
{
    private readonly Dictionary<object, int> flowIds = new(ReferenceEqualityComparer.Instance);
    private int nextFlowId;
    private (string What, StackTrace Where)? pendingEscape;

    internal Operation StartOperation(string name, SourceLocation? site, Func<Task> body, CancellationToken cancellationToken = default)
    {
        var operation = new Operation(operations.Count, name, site);
        operations.Add(operation);
        var starter = new Task<Task>(static state => ((Func<Task>)state!)(), body, cancellationToken, TaskCreationOptions.DenyChildAttach);
        operation.Started(starter);
        operation.Completion = starter.Unwrap();
        pendingStart = operation;
        starter.Start(TaskScheduler);
        return operation;
    }

    internal Operation StartOperation<T>(string name, SourceLocation? site, Func<Task<T>> body, out Task<T> completion, CancellationToken cancellationToken = default)
    {
        var operation = new Operation(operations.Count, name, site);
        operations.Add(operation);
        var starter = new Task<Task<T>>(static state => ((Func<Task<T>>)state!)(), body, cancellationToken, TaskCreationOptions.DenyChildAttach);
        operation.Started(starter);
        operation.Completion = completion = starter.Unwrap();
        pendingStart = operation;
        starter.Start(TaskScheduler);
        return operation;
    }

    /// <summary>
    /// Starts an operation that runs <paramref name="task"/> (created, not started) and hands back that very task, as
    /// Task.Run of synchronous work does in .NET. A token the task was created with still cancels it until it starts.
    /// </summary>
    internal Operation StartOperation(string name, SourceLocation? site, Task task)
    {
        var operation = new Operation(operations.Count, name, site);
        operations.Add(operation);
        operation.StartedDirectly(task);
        pendingStart = operation;
        task.Start(TaskScheduler);
        return operation;
    }

    private Operation? pendingStart;

    /// <summary>Called by the controlled task scheduler, always on this thread (else it is an escape).</summary>
    internal void EnqueueTask(Task task)
    {
        if (!IsSchedulerThread)
        {
            if (!TryAcceptForeign(null, null, null, task))
            {
                OnForeignThreadPost("a task was queued to the controlled scheduler from an uncontrolled thread");
            }

            return;
        }

        // A spawned operation's starter, or a task controlled code started on TaskScheduler.Current.
        var operation = pendingStart ?? ContinuationOperation(task) ?? running ?? main!;
        pendingStart = null;
        ready.Add(new WorkItem { Kind = WorkKind.Start, Operation = operation, FlowId = nextFlowId++, Task = task, WokenBy = running });
    }

    internal IEnumerable<Task> QueuedTasks() =>
        ready.Where(item => item.Task is not null).Select(item => item.Task!).ToArray();

    internal void Post(Operation operation, SendOrPostCallback callback, object? state)
    {
        if (!IsSchedulerThread)
        {
            if (!TryAcceptForeign(operation, callback, state, null))
            {
                OnForeignThreadPost("a continuation of controlled code was posted from an uncontrolled thread");
            }

            return;
        }

        ready.Add(new WorkItem { Kind = WorkKind.Continuation, Operation = operation, FlowId = FlowOf(callback, state), Callback = callback, State = state, WokenBy = running });
    }

    /// <summary>The flow of a continuation is the async state machine it resumes (the delegate's target).</summary>
    private int FlowOf(SendOrPostCallback callback, object? state) => FlowOf(ContinuationTargets.Unwrap(state) ?? callback);

    private int FlowOf(object key)
    {
        if (!flowIds.TryGetValue(key, out int flow))
        {
            flow = nextFlowId++;
            flowIds.Add(key, flow);
        }

        return flow;
    }

    /// <summary>Turns pool work the step queued into ready items; a Task.Run-style task is an escape.</summary>
    private void CatchPoolWork(Operation queuedBy)
    {
        if (activeCapture is null)
        {
            if (poolReports.Count > 0)
            {
                pendingEscape ??= poolReports[0];
                poolReports.Clear();
            }

            return;
        }

        activeCapture!.Drain(caught);
        if (poolReports.Count > caught.Count)
        {
            // More work was queued than landed on the private queue: the rest went to the real pool.
            pendingEscape ??= poolReports.FirstOrDefault(report => report.What != EscapeMessages.Continuation, poolReports[0]);
        }

        foreach (object work in caught)
        {
            // A ConfigureAwait(false) resumption is an async method's box (itself a Task): controlled work, not a new operation.
            if (work is Task && !AsyncStateMachines.IsBox(work))
            {
                var report = poolReports.FirstOrDefault(report => report.What is EscapeMessages.TaskRun or EscapeMessages.ForeignScheduler, (What: EscapeMessages.TaskRun, Where: new StackTrace(false)));
                if (!Tolerate(report.What, report.Where))
                {
                    pendingEscape ??= report;
                    continue;
                }
            }

            object resumed = ContinuationTargets.UnwrapPoolItem(work);
            ready.Add(new WorkItem { Kind = WorkKind.PoolItem, Operation = OwnerOf(resumed) ?? queuedBy, FlowId = FlowOf(resumed), State = work, WokenBy = queuedBy });
        }

        poolReports.Clear();
        caught.Clear();
    }

    private readonly List<object> caught = [];

    /// <summary>The operation whose body is <paramref name="work"/> (a ConfigureAwait(false) resumption of it), if any.</summary>
    private Operation? OwnerOf(object work)
    {
        foreach (var operation in operations)
        {
            if (ReferenceEquals(operation.Body, work))
            {
                return operation;
            }
        }

        return null;
    }

    internal VirtualTimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period, SourceLocation? createdAt = null)
    {
        var timer = new VirtualTimer(Clock, nextFlowId++, running ?? main!, callback, state)
        {
            CreatedAt = createdAt ?? (Trace is null ? null : EscapeSite.FirstUserFrame(new StackTrace(1, true))),
        };
        timer.Change(dueTime, period);
        return timer;
    }

    private void RunStep(WorkItem item)
    {
        running = item.Operation;
        currentItem = item;
        Trace?.Add(step, Clock.Elapsed, item, Describe(item));
        SynchronizationContext.SetSynchronizationContext(new StepContext(this, item.Operation));
        EscapeSink.Current = this;
        int outerSegment = ThreadSegment.Enter(step);
        try
        {
            switch (item.Kind)
            {
                case WorkKind.Start:
                    TaskScheduler.Execute(item.Task!);
                    break;
                case WorkKind.Continuation:
                    item.Callback!(item.State);
                    break;
                case WorkKind.PoolItem:
                    ThreadPoolCapture.Execute(item.State!);
                    break;
                case WorkKind.TimerRace:
                    Clock.AdvanceTo(item.Timer!);
                    break;
                default:
                    item.Timer!.Fire(item.TimerVersion);
                    break;
            }
        }
#pragma warning disable CA1031 // Any exception escaping a raw callback (async void, custom awaiters) is a bug verdict.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            if (exception is not IterationAbandonedException)
            {
                bug ??= Verdicts.CallbackThrew(this, item.Operation, exception);
            }
        }
        finally
        {
            ThreadSegment.Leave(outerSegment);
            EscapeSink.Current = null;
            SynchronizationContext.SetSynchronizationContext(null);
            running = null;
        }
    }

    public void OnUncontrolledWork(string what, StackTrace where) => pendingEscape ??= (what, where);

    public void OnThreadPoolWork(string what, StackTrace where) => poolReports.Add((what, where));

    private readonly List<(string What, StackTrace Where)> poolReports = [];

    public void OnBlockingWait(string what, StackTrace where) =>
        blockingBug ??= Verdicts.BlockingWait(this, running, what, EscapeSite.FirstUserFrame(where));

    internal void OnForeignThreadPost(string what) => foreignPost ??= what;

    /// <summary>Ends the iteration after this step: a broken invariant is a bug whoever sees the exception.</summary>
    internal void OnInvariantViolated(InvariantViolationException violation, SourceLocation? where)
    {
        if (IsSchedulerThread && running is { } operation)
        {
            bug ??= Verdicts.InvariantViolated(this, operation, violation, where);
        }
    }
}
