using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>ReaderWriterLockSlim's TryEnter overloads: inside a run a scheduling point, then a wait on the virtual clock while the mode is taken.</summary>
public static partial class ReaderWriterLockSlimCalls
{
    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.TryEnterReadLock(int)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="millisecondsTimeout">How long to wait, -1 for no limit, 0 for not at all.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the read lock was taken.</returns>
    public static bool TryEnterReadLock(ReaderWriterLockSlim gate, int millisecondsTimeout, string site) => Enter(gate, ReaderWriterMode.Read, millisecondsTimeout, site);

    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.TryEnterReadLock(TimeSpan)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="timeout">How long to wait, <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the read lock was taken.</returns>
    public static bool TryEnterReadLock(ReaderWriterLockSlim gate, TimeSpan timeout, string site) =>
        Controllable(gate) is null ? gate.TryEnterReadLock(timeout) : Enter(gate, ReaderWriterMode.Read, Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.TryEnterUpgradeableReadLock(int)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="millisecondsTimeout">How long to wait, -1 for no limit, 0 for not at all.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the upgradeable read lock was taken.</returns>
    public static bool TryEnterUpgradeableReadLock(ReaderWriterLockSlim gate, int millisecondsTimeout, string site) => Enter(gate, ReaderWriterMode.Upgradeable, millisecondsTimeout, site);

    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.TryEnterUpgradeableReadLock(TimeSpan)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="timeout">How long to wait, <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the upgradeable read lock was taken.</returns>
    public static bool TryEnterUpgradeableReadLock(ReaderWriterLockSlim gate, TimeSpan timeout, string site) =>
        Controllable(gate) is null ? gate.TryEnterUpgradeableReadLock(timeout) : Enter(gate, ReaderWriterMode.Upgradeable, Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.TryEnterWriteLock(int)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="millisecondsTimeout">How long to wait, -1 for no limit, 0 for not at all.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the write lock was taken.</returns>
    public static bool TryEnterWriteLock(ReaderWriterLockSlim gate, int millisecondsTimeout, string site) => Enter(gate, ReaderWriterMode.Write, millisecondsTimeout, site);

    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.TryEnterWriteLock(TimeSpan)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="timeout">How long to wait, <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the write lock was taken.</returns>
    public static bool TryEnterWriteLock(ReaderWriterLockSlim gate, TimeSpan timeout, string site) =>
        Controllable(gate) is null ? gate.TryEnterWriteLock(timeout) : Enter(gate, ReaderWriterMode.Write, Milliseconds(timeout), site);

    private static bool Enter(ReaderWriterLockSlim gate, ReaderWriterMode mode, int millisecondsTimeout, string site)
    {
        if (Controllable(gate) is { } runtime)
        {
            // .NET checks the timeout before it touches the lock, with this parameter name.
            ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite);
            return runtime.ReaderWriterLocks.Enter(gate, mode, site, Timeouts.Span(millisecondsTimeout));
        }

        return mode switch
        {
            ReaderWriterMode.Read => gate.TryEnterReadLock(millisecondsTimeout),
            ReaderWriterMode.Upgradeable => gate.TryEnterUpgradeableReadLock(millisecondsTimeout),
            _ => gate.TryEnterWriteLock(millisecondsTimeout),
        };
    }

    // A TimeSpan that .NET would reject is rejected here as .NET does, with its parameter name.
    private static int Milliseconds(TimeSpan timeout)
    {
        long milliseconds = (long)timeout.TotalMilliseconds;
        ArgumentOutOfRangeException.ThrowIfLessThan(milliseconds, Timeout.Infinite, nameof(timeout));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(milliseconds, int.MaxValue, nameof(timeout));
        return (int)milliseconds;
    }
}
