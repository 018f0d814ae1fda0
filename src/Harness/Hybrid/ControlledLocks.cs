using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// Monitors and <see cref="Lock"/>s of one iteration. Taking a lock is a scheduling point (so two operations taking
/// two locks in opposite orders can interleave into a deadlock), a contended lock parks the operation until the
/// holder releases it. (The race detector needs no release -> acquire edge: a thread that took the lock since an
/// access ran a step since, which is enough to silence the pair; docs/engine.md, data races.)
/// </summary>
internal sealed class ControlledLocks(ControlledRuntime runtime)
{
    private readonly Dictionary<object, LockState> states = new(ReferenceEqualityComparer.Instance);

    internal void Enter(object gate, string kind, string site)
    {
        var state = StateOf(gate);
        runtime.Park(new ParkedWait("enters", kind, site, null));
        Acquire(state, kind, site);
    }

    /// <summary>A scheduling point, then the lock if it is free (or already held by this thread).</summary>
    internal bool TryEnter(object gate, string kind, string site)
    {
        var state = StateOf(gate);
        runtime.Park(new ParkedWait("tries", kind, site, null));
        if (!TryTake(state, site))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// TryEnter with a timeout: a scheduling point, then the lock if it is free, else a wait until it is free or the
    /// virtual timeout passes (-1: no timeout, as Enter; 0: as TryEnter without one).
    /// </summary>
    internal bool TryEnter(object gate, string kind, string site, TimeSpan timeout)
    {
        var state = StateOf(gate);
        runtime.Park(new ParkedWait("tries", kind, site, null));
        while (!TryTake(state, site))
        {
            if (!runtime.BlockUntil(() => state.IsFree, () => $"a lock held by {state.HeldBy()}", "returns from a timed TryEnter", site, timeout, CancellationToken.None))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Monitor.Exit, Lock.Exit: <paramref name="call"/> names it in the report of a lock held across an await.</summary>
    internal void Exit(object gate, string call, string site)
    {
        var state = StateOf(gate);
        EnsureHeldHere(state, call, site);
        if (--state.Count == 0)
        {
            Release(state);
        }
    }

    internal bool IsHeldByCurrentThread(object gate) => StateOf(gate).IsHeldHere;

    /// <summary>
    /// Monitor.Wait: releases the lock entirely, blocks until pulsed (or the virtual timeout passes), then takes it
    /// back. True when pulsed.
    /// </summary>
    internal bool Wait(object gate, TimeSpan timeout, string site)
    {
        var state = StateOf(gate);
        EnsureHeldHere(state, "Monitor.Wait", site);

        int count = state.Count;
        var waiter = new MonitorWaiter();
        state.Waiters.Add(waiter);
        Release(state);
        bool pulsed = runtime.BlockUntil(() => waiter.Pulsed, () => "a Monitor.Pulse that never comes", "wakes from Monitor.Wait", site, timeout, CancellationToken.None);
        state.Waiters.Remove(waiter);
        Acquire(state, "the lock back", site);
        state.Count = count;
        return pulsed;
    }

    internal void Pulse(object gate, bool all, string site)
    {
        var state = StateOf(gate);
        EnsureHeldHere(state, all ? "Monitor.PulseAll" : "Monitor.Pulse", site);

        foreach (var waiter in state.Waiters)
        {
            waiter.Pulsed = true;
            if (!all)
            {
                break;
            }
        }

    }

    private void Acquire(LockState state, string kind, string site)
    {
        while (!TryTake(state, site))
        {
            runtime.Park(new ParkedWait("takes", kind + " after waiting", site, new PredicateBlocker(() => state.IsFree, () => $"a lock held by {state.HeldBy()}")));
        }
    }

    /// <summary>
    /// What .NET checks before a release, Wait or Pulse: the calling thread owns the lock. A lock this operation took
    /// before an await is a misuse .NET punishes only when the continuation lands on another thread: it is reported
    /// at once, whatever thread the harness resumed on.
    /// </summary>
    private void EnsureHeldHere(LockState state, string call, string site)
    {
        if (state.IsHeldHere)
        {
            return;
        }

        if (state.Owner is not null && state.OwnerOperation == runtime.RunningOperation)
        {
            var misuse = LockMisuse.HeldAcrossAwait(call, state.TakenAt);
            runtime.OnLockMisuse(misuse, site);
            throw misuse;
        }

        throw LockMisuse.NotHeld(call);
    }

    private bool TryTake(LockState state, string site)
    {
        if (state.IsHeldHere)
        {
            state.Count++;
            return true;
        }

        if (!state.IsFree)
        {
            return false;
        }

        state.Owner = Thread.CurrentThread;
        state.OwnerSegment = ThreadSegment.Current;
        state.OwnerOperation = runtime.RunningOperation;
        state.TakenAt = site;
        state.Count = 1;
        return true;
    }

    private void Release(LockState state)
    {
        state.Owner = null;
        state.OwnerOperation = null;
        state.Count = 0;
    }

    private LockState StateOf(object gate)
    {
        if (!states.TryGetValue(gate, out var state))
        {
            state = new LockState();
            states.Add(gate, state);
        }

        return state;
    }
}
