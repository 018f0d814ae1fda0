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

    internal void Exit(object gate)
    {
        var state = StateOf(gate);
        if (state.Owner != Thread.CurrentThread)
        {
            throw new SynchronizationLockException("Object synchronization method was called from an unsynchronized block of code.");
        }

        if (--state.Count == 0)
        {
            Release(state);
        }
    }

    internal bool IsHeldByCurrentThread(object gate) => StateOf(gate).Owner == Thread.CurrentThread;

    /// <summary>
    /// Monitor.Wait: releases the lock entirely, blocks until pulsed (or the virtual timeout passes), then takes it
    /// back. True when pulsed.
    /// </summary>
    internal bool Wait(object gate, TimeSpan timeout, string site)
    {
        var state = StateOf(gate);
        if (state.Owner != Thread.CurrentThread)
        {
            throw new SynchronizationLockException("Object synchronization method was called from an unsynchronized block of code.");
        }

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

    internal void Pulse(object gate, bool all)
    {
        var state = StateOf(gate);
        if (state.Owner != Thread.CurrentThread)
        {
            throw new SynchronizationLockException("Object synchronization method was called from an unsynchronized block of code.");
        }

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

    private bool TryTake(LockState state, string site)
    {
        if (state.Owner == Thread.CurrentThread)
        {
            state.Count++;
            return true;
        }

        if (!state.IsFree)
        {
            return false;
        }

        state.Owner = Thread.CurrentThread;
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
