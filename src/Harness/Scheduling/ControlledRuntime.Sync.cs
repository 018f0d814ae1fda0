using Harness.Diagnostics;
using Harness.Hybrid;
using Harness.Races;

namespace Harness.Scheduling;

/// <summary>What synchronous scheduling points need from the runtime: locks, the race detector, virtual timeouts.</summary>
internal sealed partial class ControlledRuntime
{
    private ControlledLocks? locks;

    internal ControlledLocks Locks => locks ??= new ControlledLocks(this);

    internal RaceDetector Races { get; }

    /// <summary>An access to a shared location by the running step, just after its scheduling point.</summary>
    internal void OnAccess(object? owner, string field, bool write, string site)
    {
        var operation = running!;
        if (Races.OnAccess(new Location(owner, field), new Access(operation.Id, operation.Name, step, site, write)) is { } race)
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

            Park(new ParkedWait(what, null, site, new PredicateBlocker(() => ready() || token.IsCancellationRequested || Clock.NowTicks >= deadline, describe)));
        }

        return true;
    }

    /// <summary>
    /// <see cref="BlockUntil"/> for a signal the harness does not intercept (an event's Set, a countdown's Signal,
    /// whoever finished a task): the signaller is unknown, so once the wait succeeds everything that happened so
    /// far happens before it.
    /// </summary>
    internal bool BlockUntilSignalled(Func<bool> signalled, Func<string> describe, string what, string site, int millisecondsTimeout, CancellationToken token)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite);
        bool set = BlockUntil(signalled, describe, what, site, TimeSpan.FromMilliseconds(millisecondsTimeout), token);
        if (set)
        {
            Races.JoinAll();
        }

        return set;
    }
}
