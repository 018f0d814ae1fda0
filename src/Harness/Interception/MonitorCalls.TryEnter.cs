using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>Monitor.TryEnter with a timeout: inside a run a scheduling point, then a wait on the virtual clock while the lock is held.</summary>
public static partial class MonitorCalls
{
    /// <summary>Stands in for <see cref="Monitor.TryEnter(object, int)"/>.</summary>
    /// <param name="obj">The object to lock on.</param>
    /// <param name="millisecondsTimeout">How long to wait, -1 for no limit, 0 for not at all.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the lock was taken.</returns>
    public static bool TryEnter(object obj, int millisecondsTimeout, string site)
    {
        ArgumentNullException.ThrowIfNull(obj);

        // A timeout below -1 is left to .NET, which throws before it touches the lock.
        return SyncPoints.Active() is { } runtime && millisecondsTimeout >= Timeout.Infinite
            ? runtime.Locks.TryEnter(obj, "lock", site, Timeouts.Span(millisecondsTimeout))
            : Monitor.TryEnter(obj, millisecondsTimeout);
    }

    /// <summary>Stands in for <see cref="Monitor.TryEnter(object, TimeSpan)"/>.</summary>
    /// <param name="obj">The object to lock on.</param>
    /// <param name="timeout">How long to wait, <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the lock was taken.</returns>
    public static bool TryEnter(object obj, TimeSpan timeout, string site)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return SyncPoints.Active() is null ? Monitor.TryEnter(obj, timeout) : TryEnter(obj, Timeouts.Milliseconds(timeout), site);
    }

    /// <summary>Stands in for <see cref="Monitor.TryEnter(object, int, ref bool)"/>.</summary>
    /// <param name="obj">The object to lock on.</param>
    /// <param name="millisecondsTimeout">How long to wait, -1 for no limit, 0 for not at all.</param>
    /// <param name="lockTaken">Set to true when the lock is taken; must be false on entry.</param>
    /// <param name="site">The call site.</param>
    public static void TryEnter(object obj, int millisecondsTimeout, ref bool lockTaken, string site)
    {
        if (SyncPoints.Active() is null)
        {
            Monitor.TryEnter(obj, millisecondsTimeout, ref lockTaken);
            return;
        }

        MustBeFalse(lockTaken);
        lockTaken = TryEnter(obj, millisecondsTimeout, site);
    }

    /// <summary>Stands in for <see cref="Monitor.TryEnter(object, TimeSpan, ref bool)"/>.</summary>
    /// <param name="obj">The object to lock on.</param>
    /// <param name="timeout">How long to wait, <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</param>
    /// <param name="lockTaken">Set to true when the lock is taken; must be false on entry.</param>
    /// <param name="site">The call site.</param>
    public static void TryEnter(object obj, TimeSpan timeout, ref bool lockTaken, string site)
    {
        if (SyncPoints.Active() is null)
        {
            Monitor.TryEnter(obj, timeout, ref lockTaken);
            return;
        }

        MustBeFalse(lockTaken);
        lockTaken = TryEnter(obj, Timeouts.Milliseconds(timeout), site);
    }

    private static void MustBeFalse(bool lockTaken)
    {
        if (lockTaken)
        {
            throw new ArgumentException("Argument must be initialized to false", nameof(lockTaken));
        }
    }
}
