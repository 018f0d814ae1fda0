using Harness.Interception;
using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// One <c>Parallel.Invoke/For/ForEach</c> inside a run: as many controlled operations as .NET could run bodies at
/// once (one per body up to 64, or <see cref="ParallelOptions.MaxDegreeOfParallelism"/>), each claiming the next body as .NET's
/// workers do, while the caller parks until all are done. The outcome is .NET's: a fault stops a loop from starting
/// further bodies (Invoke still runs every action), cancellation stops both, and the call throws every body's
/// exception in one AggregateException, else OperationCanceledException when the token was cancelled.
/// </summary>
internal sealed partial class ParallelLoop
{
    // An unbounded loop gets one operation per body up to this many; beyond it the same operations claim the rest. A
    // constant, not the core count, so a schedule replays on any machine; a bug needs only a few of them.
    internal const int MaxWorkers = 64;

    private readonly int count;
    private readonly Func<(Func<int, bool> Step, Action? Finish)> newWorker;
    private readonly CancellationToken token;
    private readonly bool stopOnFault;
    private readonly Action? onFault;
    private readonly List<Exception> exceptions = [];
    private int next;

    private ParallelLoop(int count, Func<(Func<int, bool> Step, Action? Finish)> newWorker, CancellationToken token, bool stopOnFault, Action? onFault)
    {
        this.count = count;
        this.newWorker = newWorker;
        this.token = token;
        this.stopOnFault = stopOnFault;
        this.onFault = onFault;
    }

    /// <summary>Runs <paramref name="body"/> for 0..count-1 as controlled operations; the caller must be able to park.</summary>
    internal static void Run(ControlledRuntime runtime, string api, Delegate named, int count, Action<int> body, ParallelOptions options, bool stopOnFault, string site) =>
        Run(runtime, api, named, count, () => (index => { body(index); return true; }, null), options, stopOnFault, onFault: null, site);

    /// <summary>
    /// Runs the bodies with a per-worker step: each worker operation calls <paramref name="newWorker"/> once, then
    /// hands the step every index it claims; the step returns false, without running the body, when the worker must
    /// stop. A worker with a finish (localFinally) stops at its first exception and runs the finish last.
    /// </summary>
    private static void Run(ControlledRuntime runtime, string api, Delegate named, int count, Func<(Func<int, bool> Step, Action? Finish)> newWorker, ParallelOptions options, bool stopOnFault, Action? onFault, string site)
    {
        var loop = new ParallelLoop(count, newWorker, options.CancellationToken, stopOnFault, onFault);
        int workers = Math.Min(options.MaxDegreeOfParallelism == -1 ? MaxWorkers : options.MaxDegreeOfParallelism, count);
        var tasks = new Task[workers];
        for (int worker = 0; worker < workers; worker++)
        {
            // Spawn order names them "#2", "#3"..., so a replay names the same operations alike.
            tasks[worker] = new Task(loop.Work, TaskCreationOptions.DenyChildAttach);
            runtime.StartOperation(CallSite.OperationName(runtime, api, named, site), CallSite.Location(site), tasks[worker]);
        }

        runtime.BlockUntilSignalled(
            () => Array.TrueForAll(tasks, task => task.IsCompleted),
            () => api + " bodies that never all finish",
            "returns from " + api,
            site,
            Timeout.Infinite,
            CancellationToken.None);
        loop.Finish(tasks);
    }

    private void Work()
    {
        var (step, finish) = newWorker();
        while (!token.IsCancellationRequested && !(stopOnFault && Faulted))
        {
            int index = Interlocked.Increment(ref next) - 1;
            if (index >= count)
            {
                break;
            }

            try
            {
                if (!step(index))
                {
                    break;
                }
            }
            catch (Exception exception) when (exception is not IterationAbandonedException)
            {
                onFault?.Invoke();
                if (finish is not null)
                {
                    // .NET's thread-local worker ends at a body's exception and runs localFinally in a finally block.
                    End(finish, exception);
                    return;
                }

                Record(exception);
            }
        }

        if (finish is not null)
        {
            End(finish, pending: null);
        }
    }

    private void End(Action finish, Exception? pending)
    {
        try
        {
            finish();
        }
        catch (Exception exception) when (exception is not IterationAbandonedException)
        {
            // C#'s finally: localFinally's exception replaces the body's (measured: only "fin" in the aggregate).
            Record(exception);
            return;
        }

        if (pending is not null)
        {
            Record(pending);
        }
    }

    private void Record(Exception exception)
    {
        // Collected in the order they were thrown, which the schedule fixes, so a replay throws the same list.
        lock (exceptions)
        {
            exceptions.Add(exception);
        }
    }

    private bool Faulted
    {
        get
        {
            lock (exceptions)
            {
                return exceptions.Count > 0;
            }
        }
    }

    private void Finish(Task[] tasks)
    {
        // A worker only ends faulted when the iteration was abandoned under it: unwind the caller the same way.
        foreach (var task in tasks)
        {
            task.GetAwaiter().GetResult();
        }

        if (exceptions.Count > 0)
        {
            throw new AggregateException(exceptions);
        }

        token.ThrowIfCancellationRequested();
    }
}
