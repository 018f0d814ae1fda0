using System.Runtime.CompilerServices;
using Harness.Hybrid;

namespace Harness.Interception;

// The Lock is passed as an object only as a key of the controlled lock model and to null checks, never to Monitor.
#pragma warning disable CS9216

/// <summary>
/// Redirect targets for <see cref="System.Threading.Lock"/> (and so for the C# <c>lock</c> statement on a
/// <see cref="System.Threading.Lock"/>, which calls EnterScope and Scope.Dispose). Outside a harness run each method
/// is exactly the <see cref="System.Threading.Lock"/> method; inside, the lock is modelled like a monitor (see
/// <see cref="MonitorCalls"/>) and the real lock is never taken.
/// </summary>
public static class LockCalls
{
    /// <summary>Stands in for <see cref="Lock.Enter"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    public static void Enter(Lock gate, string site)
    {
        ArgumentNullException.ThrowIfNull(gate);
        if (SyncPoints.Active() is { } runtime)
        {
            runtime.Locks.Enter(gate, "lock", site);
            return;
        }

        gate.Enter();
    }

    /// <summary>Stands in for <see cref="Lock.TryEnter()"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the lock was taken.</returns>
    public static bool TryEnter(Lock gate, string site)
    {
        ArgumentNullException.ThrowIfNull(gate);
        return SyncPoints.Active() is { } runtime ? runtime.Locks.TryEnter(gate, "lock", site) : gate.TryEnter();
    }

    /// <summary>Stands in for <see cref="Lock.TryEnter(int)"/>: inside a run the wait runs on the virtual clock.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="millisecondsTimeout">How long to wait, -1 for no limit, 0 for not at all.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the lock was taken.</returns>
    public static bool TryEnter(Lock gate, int millisecondsTimeout, string site)
    {
        ArgumentNullException.ThrowIfNull(gate);
        return SyncPoints.Active() is { } runtime
            ? runtime.Locks.TryEnter(gate, "lock", site, Timeouts.Span(millisecondsTimeout))
            : gate.TryEnter(millisecondsTimeout);
    }

    /// <summary>Stands in for <see cref="Lock.TryEnter(TimeSpan)"/>: inside a run the wait runs on the virtual clock.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="timeout">How long to wait, <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the lock was taken.</returns>
    public static bool TryEnter(Lock gate, TimeSpan timeout, string site)
    {
        ArgumentNullException.ThrowIfNull(gate);
        return SyncPoints.Active() is null ? gate.TryEnter(timeout) : TryEnter(gate, Timeouts.Milliseconds(timeout), site);
    }

    /// <summary>Stands in for <see cref="Lock.Exit"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    public static void Exit(Lock gate, string site)
    {
        ArgumentNullException.ThrowIfNull(gate);
        if (SyncPoints.ActiveForRelease(out bool abandoned) is { } runtime)
        {
            runtime.Locks.Exit(gate, "Lock.Exit", site);
        }
        else if (!abandoned)
        {
            gate.Exit();
        }
    }

    /// <summary>Stands in for <see cref="Lock.EnterScope"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The scope to pass to <see cref="DisposeScope"/>.</returns>
    public static Lock.Scope EnterScope(Lock gate, string site)
    {
        ArgumentNullException.ThrowIfNull(gate);
        if (SyncPoints.Active() is not { } runtime)
        {
            return gate.EnterScope();
        }

        runtime.Locks.Enter(gate, "lock", site);

        // Only the lock field is set: the scope is never disposed by the BCL inside a run (DisposeScope releases it).
        var scope = default(Lock.Scope);
        LockOf(ref scope) = gate;
        return scope;
    }

    /// <summary>Stands in for <see cref="Lock.Scope.Dispose"/>.</summary>
    /// <param name="scope">The scope returned by <see cref="EnterScope"/>.</param>
    /// <param name="site">The call site.</param>
    public static void DisposeScope(ref Lock.Scope scope, string site)
    {
        if (SyncPoints.ActiveForRelease(out bool abandoned) is { } runtime)
        {
            if (LockOf(ref scope) is { } gate)
            {
                runtime.Locks.Exit(gate, "Lock.Scope.Dispose", site);
                LockOf(ref scope) = null!;
            }
        }
        else if (!abandoned)
        {
            scope.Dispose();
        }
    }

    // The field name is pinned by a test (LockCallsTests) against the running .NET version.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_lockObj")]
    private static extern ref Lock LockOf(ref Lock.Scope scope);
}
