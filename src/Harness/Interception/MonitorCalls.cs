using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="Monitor"/> (and so for the C# <c>lock</c> statement on an object). Outside a
/// harness run each method is exactly the <see cref="Monitor"/> method of the same name; <c>site</c> is the call
/// site ("File.cs:42") pushed by the rewriter. Inside a run the real monitor is never taken: taking a lock is a
/// scheduling point, a contended lock parks the operation (a blocked operation, so a lock-ordering deadlock is a
/// <see cref="BugKind.Deadlock"/>), and Wait/Pulse hand the lock over between operations.
/// </summary>
public static partial class MonitorCalls
{
    /// <summary>Stands in for <see cref="Monitor.Enter(object, ref bool)"/>, which the C# <c>lock</c> statement calls.</summary>
    /// <param name="obj">The object to lock on.</param>
    /// <param name="lockTaken">Set to true when the lock is taken.</param>
    /// <param name="site">The call site.</param>
    public static void Enter(object obj, ref bool lockTaken, string site)
    {
        if (SyncPoints.Active() is { } runtime)
        {
            ArgumentNullException.ThrowIfNull(obj);
            runtime.Locks.Enter(obj, "lock", site);
            lockTaken = true;
            return;
        }

        Monitor.Enter(obj, ref lockTaken);
    }

    /// <summary>Stands in for <see cref="Monitor.Enter(object)"/>.</summary>
    /// <param name="obj">The object to lock on.</param>
    /// <param name="site">The call site.</param>
    public static void Enter(object obj, string site)
    {
        if (SyncPoints.Active() is { } runtime)
        {
            ArgumentNullException.ThrowIfNull(obj);
            runtime.Locks.Enter(obj, "lock", site);
            return;
        }

        Monitor.Enter(obj);
    }

    /// <summary>Stands in for <see cref="Monitor.Exit(object)"/>.</summary>
    /// <param name="obj">The object to unlock.</param>
    /// <param name="site">The call site.</param>
    public static void Exit(object obj, string site)
    {
        if (SyncPoints.ActiveForRelease(out bool abandoned) is { } runtime)
        {
            runtime.Locks.Exit(obj, "Monitor.Exit", site);
        }
        else if (!abandoned)
        {
            Monitor.Exit(obj);
        }
    }

    /// <summary>Stands in for <see cref="Monitor.Wait(object)"/>.</summary>
    /// <param name="obj">The object whose lock is held.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True, as <see cref="Monitor.Wait(object)"/>.</returns>
    public static bool Wait(object obj, string site)
    {
        return SyncPoints.Active() is { } runtime ? runtime.Locks.Wait(obj, Timeout.InfiniteTimeSpan, site) : Monitor.Wait(obj);
    }

    /// <summary>Stands in for <see cref="Monitor.Wait(object, int)"/>; inside a run the timeout is on the virtual clock.</summary>
    /// <param name="obj">The object whose lock is held.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when pulsed before the timeout.</returns>
    public static bool Wait(object obj, int millisecondsTimeout, string site)
    {
        if (SyncPoints.Active() is not { } runtime)
        {
            return Monitor.Wait(obj, millisecondsTimeout);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite);
        return runtime.Locks.Wait(obj, TimeSpan.FromMilliseconds(millisecondsTimeout), site);
    }

    /// <summary>Stands in for <see cref="Monitor.Wait(object, TimeSpan)"/>; inside a run the timeout is on the virtual clock.</summary>
    /// <param name="obj">The object whose lock is held.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when pulsed before the timeout.</returns>
    public static bool Wait(object obj, TimeSpan timeout, string site) => Wait(obj, (int)timeout.TotalMilliseconds, site);

    /// <summary>Stands in for <see cref="Monitor.TryEnter(object)"/>: inside a run a scheduling point, then the lock if it is free.</summary>
    /// <param name="obj">The object to lock on.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the lock was taken.</returns>
    public static bool TryEnter(object obj, string site)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return SyncPoints.Active() is { } runtime ? runtime.Locks.TryEnter(obj, "lock", site) : Monitor.TryEnter(obj);
    }

    /// <summary>Stands in for <see cref="Monitor.TryEnter(object, ref bool)"/>.</summary>
    /// <param name="obj">The object to lock on.</param>
    /// <param name="lockTaken">Set to true when the lock is taken.</param>
    /// <param name="site">The call site.</param>
    public static void TryEnter(object obj, ref bool lockTaken, string site)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (SyncPoints.Active() is { } runtime)
        {
            lockTaken = runtime.Locks.TryEnter(obj, "lock", site);
            return;
        }

        Monitor.TryEnter(obj, ref lockTaken);
    }

    /// <summary>Stands in for <see cref="Monitor.IsEntered(object)"/>: inside a run it asks the lock model.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the current thread holds the lock.</returns>
    public static bool IsEntered(object obj, string site)
    {
        ArgumentNullException.ThrowIfNull(obj);
        _ = site;
        return SyncPoints.Active() is { } runtime ? runtime.Locks.IsHeldByCurrentThread(obj) : Monitor.IsEntered(obj);
    }

    /// <summary>Stands in for <see cref="Monitor.Pulse(object)"/>.</summary>
    /// <param name="obj">The object whose lock is held.</param>
    /// <param name="site">The call site.</param>
    public static void Pulse(object obj, string site)
    {
        if (SyncPoints.Active() is { } runtime)
        {
            runtime.Locks.Pulse(obj, all: false, site);
            return;
        }

        Monitor.Pulse(obj);
    }

    /// <summary>Stands in for <see cref="Monitor.PulseAll(object)"/>.</summary>
    /// <param name="obj">The object whose lock is held.</param>
    /// <param name="site">The call site.</param>
    public static void PulseAll(object obj, string site)
    {
        if (SyncPoints.Active() is { } runtime)
        {
            runtime.Locks.Pulse(obj, all: true, site);
            return;
        }

        Monitor.PulseAll(obj);
    }
}
