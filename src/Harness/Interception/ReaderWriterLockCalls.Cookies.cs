using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// The cookie calls of the old <see cref="ReaderWriterLock"/>: UpgradeToWriterLock, DowngradeFromWriterLock,
/// ReleaseLock and RestoreLock, on the model inside a run with .NET 10's cookies and exceptions.
/// </summary>
public static partial class ReaderWriterLockCalls
{
    /// <summary>Stands in for <see cref="ReaderWriterLock.UpgradeToWriterLock(int)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The cookie for <see cref="ReaderWriterLock.DowngradeFromWriterLock"/>.</returns>
    public static LockCookie UpgradeToWriterLock(ReaderWriterLock gate, int millisecondsTimeout, string site) =>
        WithCookies(gate, "UpgradeToWriterLock", site, millisecondsTimeout) is { } runtime
            ? runtime.OldReaderWriterLocks.Upgrade(gate, millisecondsTimeout, site)
            : gate.UpgradeToWriterLock(millisecondsTimeout);

    /// <summary>Stands in for <see cref="ReaderWriterLock.UpgradeToWriterLock(TimeSpan)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The cookie for <see cref="ReaderWriterLock.DowngradeFromWriterLock"/>.</returns>
    public static LockCookie UpgradeToWriterLock(ReaderWriterLock gate, TimeSpan timeout, string site) =>
        UpgradeToWriterLock(gate, Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="ReaderWriterLock.DowngradeFromWriterLock"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="lockCookie">The cookie UpgradeToWriterLock returned; invalid afterwards.</param>
    /// <param name="site">The call site.</param>
    public static void DowngradeFromWriterLock(ReaderWriterLock gate, ref LockCookie lockCookie, string site)
    {
        if (ForRelease(gate, out bool abandoned) is not null && WithCookies(gate, "DowngradeFromWriterLock", site) is { } runtime)
        {
            runtime.OldReaderWriterLocks.Downgrade(gate, ref lockCookie, site);
        }
        else if (!abandoned)
        {
            gate.DowngradeFromWriterLock(ref lockCookie);
        }
    }

    /// <summary>Stands in for <see cref="ReaderWriterLock.ReleaseLock"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The cookie for <see cref="ReaderWriterLock.RestoreLock"/>.</returns>
    public static LockCookie ReleaseLock(ReaderWriterLock gate, string site)
    {
        if (ForRelease(gate, out bool abandoned) is not null && WithCookies(gate, "ReleaseLock", site) is { } runtime)
        {
            return runtime.OldReaderWriterLocks.ReleaseLock(gate);
        }

        return abandoned ? default : gate.ReleaseLock();
    }

    /// <summary>Stands in for <see cref="ReaderWriterLock.RestoreLock"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="lockCookie">The cookie ReleaseLock returned; invalid afterwards.</param>
    /// <param name="site">The call site.</param>
    public static void RestoreLock(ReaderWriterLock gate, ref LockCookie lockCookie, string site)
    {
        if (WithCookies(gate, "RestoreLock", site) is { } runtime)
        {
            runtime.OldReaderWriterLocks.Restore(gate, ref lockCookie, site);
            return;
        }

        gate.RestoreLock(ref lockCookie);
    }

    /// <summary>The runtime for a cookie call in a run; refused at once, never guessed, if .NET's cookie fields moved.</summary>
    private static Scheduling.ControlledRuntime? WithCookies(ReaderWriterLock gate, string call, string site, int millisecondsTimeout = Timeout.Infinite)
    {
        var runtime = Controllable(gate, millisecondsTimeout);
        return runtime is null || OldReaderWriterLockCookies.Available
            ? runtime
            : throw new NotSupportedException(CookiesUnavailable(call, site));
    }

    internal static string CookiesUnavailable(string call, string site) =>
        $"ReaderWriterLock.{call} at {site} needs a LockCookie, and this .NET version's LockCookie no longer has the private fields the harness writes (_flags, _readerLevel, _writerLevel, _threadID), so the harness cannot model it. Fix: use ReaderWriterLockSlim (modelled, both recursion policies) or a lock statement; or update the harness for this .NET version.";
}
