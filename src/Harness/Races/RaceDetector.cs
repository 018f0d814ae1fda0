using Harness.Scheduling;

namespace Harness.Races;

/// <summary>
/// Happens-before over the steps of one iteration, in the spirit of Go's -race: vector clocks per operation, with
/// edges from spawn and every posted continuation (the step that posts work happens before the step that runs it:
/// this covers TaskCompletionSource, SemaphoreSlim, channels and timers without intercepting them), from a finished
/// operation into every continuation step after it (WhenAll, await of a finished task), from lock release to
/// acquire, and from the step that made a blocked synchronous wait ready into its resumption. Two conflicting
/// accesses that no edge orders are a data race, whatever order this iteration ran them in.
/// <para>
/// Cheap until used: every step only appends its work item to a log; clocks are computed from the log when the
/// first access or lock hook of the iteration runs, and kept up to date from then on.
/// </para>
/// </summary>
internal sealed class RaceDetector(IReadOnlyList<Operation> operations)
{
    // The log: the item each step ran (its operation, the step that posted it, its kind). One append per step.
    private readonly List<WorkItem> steps = new(64);
    private readonly List<int> finishedAt = [];
    private List<int[]>? clocks;
    private List<int[]?>? latest;
    private Dictionary<Location, AccessHistory>? histories;

    internal void BeginStep(WorkItem item)
    {
        steps.Add(item);
        if (clocks is not null)
        {
            Materialize();
        }
    }

    internal void EndStep(Operation operation, int step)
    {
        if (operation.Completion!.IsCompleted)
        {
            while (finishedAt.Count <= operation.Id)
            {
                finishedAt.Add(-1);
            }

            if (finishedAt[operation.Id] < 0)
            {
                finishedAt[operation.Id] = step;
            }
        }
    }

    /// <summary>The clock of the running step (computing all clocks so far on first use).</summary>
    internal int[] Now()
    {
        if (clocks is null)
        {
            clocks = new List<int[]>(steps.Count);
            latest = [];
            Materialize();
        }

        return clocks[^1];
    }

    /// <summary>A copy of the running step's clock, for a release (lock exit, Monitor.Wait).</summary>
    internal int[] Release() => (int[])Now().Clone();

    /// <summary>An acquire: what happened before <paramref name="released"/> happens before the rest of this step.</summary>
    internal void Acquire(int[]? released)
    {
        if (released is null)
        {
            return;
        }

        var clock = Now();
        VectorClocks.Join(ref clock, released);
        clocks![^1] = clock;
        latest![steps[^1].Operation.Id] = clock;
    }

    /// <summary>Records an access of the running step; returns the race it makes with an earlier access, if any.</summary>
    internal DataRace? OnAccess(Location location, Access access)
    {
        var clock = Now();
        histories ??= [];
        if (!histories.TryGetValue(location, out var history))
        {
            history = new AccessHistory();
            histories.Add(location, history);
        }

        if (history.LastWrite is { } write && Conflicts(write, access, clock) && Reportable(write, access))
        {
            return new DataRace(location.Field, write, access);
        }

        if (access.IsWrite)
        {
            foreach (var read in history.Reads)
            {
                if (Conflicts(read, access, clock) && Reportable(read, access))
                {
                    return new DataRace(location.Field, read, access);
                }
            }

            history.Reads.Clear();
            history.LastWrite = access;
            return null;
        }

        history.Reads.RemoveAll(read => read.Operation == access.Operation);
        history.Reads.Add(access);
        return null;
    }

    /// <summary>A join with everything every operation did so far: after a wait whose release the engine cannot see.</summary>
    internal void JoinAll()
    {
        var clock = Now();
        foreach (var other in latest!)
        {
            if (other is not null && other != clock)
            {
                VectorClocks.Join(ref clock, other);
            }
        }

        clocks![^1] = clock;
        latest[steps[^1].Operation.Id] = clock;
    }

    /// <summary>
    /// An await that completes at once (SemaphoreSlim.WaitAsync with a free count, a finished TaskCompletionSource)
    /// synchronises without posting anything, so the engine cannot see it. A race is only reported between
    /// operations that cannot have done that: a synchronous body that never resumed from an await.
    /// </summary>
    private bool Reportable(Access earlier, Access now) =>
        IsSynchronous(operations[earlier.Operation]) && IsSynchronous(operations[now.Operation]);

    private bool IsSynchronous(Operation operation)
    {
        if (operation.Work is not { } work || work.Method.IsDefined(typeof(System.Runtime.CompilerServices.AsyncStateMachineAttribute), inherit: false))
        {
            return false;
        }

        foreach (var item in steps)
        {
            if (item.Operation == operation && (item.Kind is WorkKind.Continuation or WorkKind.PoolItem or WorkKind.Timer || (item.Kind == WorkKind.Start && item.Task != operation.Starter)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Conflicts(Access earlier, Access now, int[] clock) =>
        earlier.Operation != now.Operation && !VectorClocks.Covers(clock, earlier.Operation, earlier.Step);

    private void Materialize()
    {
        while (clocks!.Count < steps.Count)
        {
            int step = clocks.Count;
            var item = steps[step];
            int operation = item.Operation.Id;
            while (latest!.Count <= operation)
            {
                latest.Add(null);
            }

            var clock = new int[Math.Max(operations.Count, operation + 1)];
            if (latest[operation] is { } previous)
            {
                VectorClocks.Join(ref clock, previous);
            }

            if ((item.Kind == WorkKind.Resume ? item.Parked!.WokenAt : item.PostedAt) is >= 0 and var edge && edge < step)
            {
                VectorClocks.Join(ref clock, clocks[edge]);
            }

            if (item.Kind is WorkKind.Continuation or WorkKind.PoolItem or WorkKind.Timer)
            {
                foreach (int finished in finishedAt)
                {
                    if (finished >= 0 && finished < step)
                    {
                        VectorClocks.Join(ref clock, clocks[finished]);
                    }
                }
            }

            clock[operation] = step + 1;
            clocks.Add(clock);
            latest[operation] = clock;
        }
    }
}
