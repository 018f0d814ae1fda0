using Harness.Diagnostics;
using Harness.Hybrid;
using Harness.Races;

namespace Harness.Scheduling;

/// <summary>What synchronous scheduling points need from the runtime: locks, the race detector, virtual timeouts.</summary>
internal sealed partial class ControlledRuntime
{
    private ControlledLocks? locks;

    internal ControlledLocks Locks => locks ??= new ControlledLocks(this);

    private ControlledReaderWriterLocks? readerWriterLocks;

    internal ControlledReaderWriterLocks ReaderWriterLocks => readerWriterLocks ??= new ControlledReaderWriterLocks(this);

    private ControlledBarriers? barriers;

    internal ControlledBarriers Barriers => barriers ??= new ControlledBarriers(this);

    private RaceDetector? races;

    /// <summary>An access to a shared location by the running step, just after the thread parked at it in step <paramref name="parkedAt"/>.</summary>
    internal void OnAccess(object? owner, string field, bool write, string site, int parkedAt)
    {
        var operation = running!;
        races ??= new RaceDetector();
        if (races.OnAccess(new Location(owner, field), new Access(operation.Id, operation.Name, step, site, write), parkedAt) is { } race)
        {
            bug ??= Verdicts.DataRace(this, race);
        }
    }

    /// <summary>A lock released (or waited on, pulsed) after an await that followed its Enter: a bug at this step, even if the code catches the exception.</summary>
    internal void OnLockMisuse(SynchronizationLockException misuse, string site)
    {
        if (IsSchedulerThread && running is { } operation)
        {
            bug ??= Verdicts.LockHeldAcrossAwait(this, operation, misuse, Interception.CallSite.Location(site));
        }
    }

    /// <summary>
    /// Parks the running operation until <paramref name="ready"/> holds, the token is cancelled, or (with a timeout)
    /// the virtual clock reaches the deadline. False on timeout; throws <see cref="OperationCanceledException"/> on cancellation.
    /// </summary>
    internal bool BlockUntil(Func<bool> ready, Func<string> describe, string what, string site, TimeSpan timeout, CancellationToken token)
    {
        bool bounded = timeout != Timeout.InfiniteTimeSpan;
        long deadline = bounded ? Clock.NowTicks + timeout.Ticks : long.MaxValue;
        using var timer = bounded && timeout > TimeSpan.Zero ? CreateTimer(static _ => { }, null, timeout, Timeout.InfiniteTimeSpan) : null;
        while (!ready())
        {
            token.ThrowIfCancellationRequested();
            if (Clock.NowTicks >= deadline)
            {
                return false;
            }

            Park(new ParkedWait(what, null, site, new PredicateBlocker(() => ReadyOrThrows(ready) || token.IsCancellationRequested || Clock.NowTicks >= deadline, describe)));
        }

        return true;
    }

    // The scheduler evaluates a blocked wait's condition between steps: a handle disposed meanwhile must not crash the
    // loop. The waiter wakes instead and meets the ObjectDisposedException in its own code, where .NET throws it.
    private static bool ReadyOrThrows(Func<bool> ready)
    {
        try
        {
            return ready();
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
    }

    /// <summary>
    /// One spin of a spin-wait bounded by <paramref name="deadlineTicks"/> on the virtual clock: a scheduling point that
    /// is ready whenever other work is, and, when nothing else can run, once the clock reaches the deadline, so a spin
    /// with nobody to end it lets virtual time pass to its timeout instead of spinning to the step bound.
    /// </summary>
    internal void SpinUntilDeadline(string what, string site, long deadlineTicks) =>
        Park(new ParkedWait(what, null, site, new PredicateBlocker(() => ready.Count > 0 || Clock.NowTicks >= deadlineTicks, static () => "a spin-wait whose condition nobody makes true")));

    /// <summary>
    /// <see cref="BlockUntil"/> for a signal the harness does not intercept (an event's Set, a countdown's Signal,
    /// whoever finished a task), with a BCL millisecond timeout. The signaller is unknown, and need not be: the race
    /// detector never orders accesses through an edge, it only reports threads that ran nothing in between.
    /// </summary>
    internal bool BlockUntilSignalled(Func<bool> signalled, Func<string> describe, string what, string site, int millisecondsTimeout, CancellationToken token)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite);
        return BlockUntil(signalled, describe, what, site, TimeSpan.FromMilliseconds(millisecondsTimeout), token);
    }
}
