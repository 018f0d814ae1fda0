using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for the old <see cref="ReaderWriterLock"/>'s waits. It is not modelled yet: inside a run each
/// acquisition is a scheduling point, then the real lock with a zero timeout, which succeeds exactly when .NET would
/// not wait. A lock another operation holds would block the scheduler thread for real, so instead the call throws
/// <see cref="NotSupportedException"/> at once, naming the call and the fix. A zero timeout, and every call outside a
/// run, is the BCL's (a timed-out wait throws .NET's own ApplicationException, HResult 0x800705B4).
/// </summary>
public static class ReaderWriterLockCalls
{
    // .NET's HResult for a ReaderWriterLock wait that timed out (ERROR_TIMEOUT), measured on .NET 10.
    private const int TimedOut = unchecked((int)0x800705B4);

    /// <summary>Stands in for <see cref="ReaderWriterLock.AcquireReaderLock(int)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    public static void AcquireReaderLock(ReaderWriterLock gate, int millisecondsTimeout, string site) =>
        Acquire(gate, millisecondsTimeout, "AcquireReaderLock", site, static (gate, timeout) => gate.AcquireReaderLock(timeout));

    /// <summary>Stands in for <see cref="ReaderWriterLock.AcquireReaderLock(TimeSpan)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    public static void AcquireReaderLock(ReaderWriterLock gate, TimeSpan timeout, string site) =>
        AcquireReaderLock(gate, Timeouts.Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="ReaderWriterLock.AcquireWriterLock(int)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    public static void AcquireWriterLock(ReaderWriterLock gate, int millisecondsTimeout, string site) =>
        Acquire(gate, millisecondsTimeout, "AcquireWriterLock", site, static (gate, timeout) => gate.AcquireWriterLock(timeout));

    /// <summary>Stands in for <see cref="ReaderWriterLock.AcquireWriterLock(TimeSpan)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    public static void AcquireWriterLock(ReaderWriterLock gate, TimeSpan timeout, string site) =>
        AcquireWriterLock(gate, Timeouts.Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="ReaderWriterLock.UpgradeToWriterLock(int)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The cookie for <see cref="ReaderWriterLock.DowngradeFromWriterLock"/>.</returns>
    public static LockCookie UpgradeToWriterLock(ReaderWriterLock gate, int millisecondsTimeout, string site)
    {
        var cookie = default(LockCookie);
        Acquire(gate, millisecondsTimeout, "UpgradeToWriterLock", site, (gate, timeout) => cookie = gate.UpgradeToWriterLock(timeout));
        return cookie;
    }

    /// <summary>Stands in for <see cref="ReaderWriterLock.UpgradeToWriterLock(TimeSpan)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The cookie for <see cref="ReaderWriterLock.DowngradeFromWriterLock"/>.</returns>
    public static LockCookie UpgradeToWriterLock(ReaderWriterLock gate, TimeSpan timeout, string site) =>
        UpgradeToWriterLock(gate, Timeouts.Milliseconds(timeout), site);

    private static void Acquire(ReaderWriterLock gate, int millisecondsTimeout, string call, string site, Action<ReaderWriterLock, int> take)
    {
        if (millisecondsTimeout == 0 || SyncPoints.Active() is null)
        {
            take(gate, millisecondsTimeout);
            return;
        }

        ArgumentNullException.ThrowIfNull(gate);
        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite);
        SyncPoints.Interleave("calls ReaderWriterLock." + call, site);
        try
        {
            take(gate, 0);
        }
        catch (ApplicationException timedOut) when (timedOut.HResult == TimedOut)
        {
            throw new NotSupportedException(Contended(call, site), timedOut);
        }
    }

    internal static string Contended(string call, string site) =>
        $"ReaderWriterLock.{call} at {site} found the lock held by another operation: the harness does not model the old ReaderWriterLock, so waiting for it would block the scheduler thread for real. Fix: use ReaderWriterLockSlim (modelled, both recursion policies) or a lock statement; or keep the ReaderWriterLock out of the explored body.";
}
