using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// Unnamed <see cref="Mutex"/>es of one iteration. The OS mutex is never taken in a run: ownership is modelled as
/// for monitors (<see cref="LockState"/>: the thread and the step segment that took it, a recursion count), so a
/// contended mutex is a blocked operation, and taking one is a scheduling point (two mutexes taken in opposite orders
/// interleave into a deadlock).
/// </summary>
/// <remarks>
/// .NET abandons a mutex when its owning thread exits; every controlled operation is a task, and a pool thread
/// outlives its task, so a task that ends holding a mutex leaves it owned, as measured on .NET 10: another task's
/// WaitOne(200) returns false. The harness keeps it owned too, and a waiter without timeout is a deadlock whose
/// report names the owner that ended. (Which pool thread runs the next task is .NET's choice: on the same one, the
/// wait would succeed by recursion; the harness never assumes that.)
/// </remarks>
internal sealed class ControlledMutexes(ControlledRuntime runtime)
{
    // .NET 10's text for ReleaseMutex by a thread that does not own the mutex (an ApplicationException).
    internal const string NotOwnedMessage = "Object synchronization method was called from an unsynchronized block of code.";

    private readonly Dictionary<Mutex, LockState> states = new(ReferenceEqualityComparer.Instance);

    /// <summary>new Mutex(initiallyOwned: true): the creating code owns it once.</summary>
    internal void TakeNow(Mutex mutex, string site) => TryTake(mutex, site);

    /// <summary>WaitOne: a scheduling point, then the mutex if it is free or held here, else a wait (virtual timeout).</summary>
    internal bool WaitOne(Mutex mutex, int millisecondsTimeout, string site, bool point = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite);
        if (point)
        {
            runtime.Park(new ParkedWait("waits for", "a Mutex", site, null));
        }

        var taker = Taker.Here(runtime, site);
        bool taken = false;
        return runtime.BlockUntilSignalled(() => taken || (taken = TryTake(mutex, taker)), () => Describe(mutex), "returns from Mutex.WaitOne", site, millisecondsTimeout, CancellationToken.None);
    }

    /// <summary>ReleaseMutex: ApplicationException unless held here (after an await the code may run on another thread, which does not own it).</summary>
    internal void Release(Mutex mutex, string notOwned = NotOwnedMessage)
    {
        var state = StateOf(mutex);
        if (!state.IsHeldHere)
        {
            throw new ApplicationException(notOwned);
        }

        if (--state.Count == 0)
        {
            state.Owner = null;
            state.OwnerOperation = null;
        }
    }

    /// <summary>True when <paramref name="mutex"/> can be taken by <paramref name="taker"/> now (no side effect).</summary>
    internal bool IsAvailable(Mutex mutex, Taker taker) => StateOf(mutex) is var state && (state.IsFree || taker.Owns(state));

    /// <summary>Takes <paramref name="mutex"/> for <paramref name="taker"/> if it can; usable from the scheduler's readiness checks.</summary>
    internal bool TryTake(Mutex mutex, Taker taker)
    {
        var state = StateOf(mutex);
        if (taker.Owns(state))
        {
            state.Count++;
            return true;
        }

        if (!state.IsFree)
        {
            return false;
        }

        (state.Owner, state.OwnerSegment, state.OwnerOperation, state.TakenAt, state.Count) = (taker.Thread, taker.Segment, taker.Operation, taker.Site, 1);
        return true;
    }

    internal string Describe(Mutex mutex)
    {
        var state = StateOf(mutex);
        return state.OwnerOperation is { IsFinished: true } ended
            ? $"a Mutex held by '{ended.Name}' (taken at {state.TakenAt}), which ended without releasing it (its pool thread keeps it, as in .NET)"
            : $"a Mutex held by {state.HeldBy()}";
    }

    private bool TryTake(Mutex mutex, string site) => TryTake(mutex, Taker.Here(runtime, site));

    private LockState StateOf(Mutex mutex)
    {
        if (!states.TryGetValue(mutex, out var state))
        {
            state = new LockState();
            states.Add(mutex, state);
        }

        return state;
    }

    /// <summary>
    /// Who takes a mutex: captured on the waiting thread, so the scheduler can take it on the waiter's behalf in a
    /// readiness check (WaitAny and WaitAll take several handles at once, as .NET does).
    /// </summary>
    internal readonly record struct Taker(Thread Thread, int Segment, Operation? Operation, string Site)
    {
        internal static Taker Here(ControlledRuntime runtime, string site) =>
            new(Thread.CurrentThread, ThreadSegment.Current, runtime.RunningOperation, site);

        internal bool Owns(LockState state) => state.Owner == Thread && state.OwnerSegment == Segment;
    }
}
