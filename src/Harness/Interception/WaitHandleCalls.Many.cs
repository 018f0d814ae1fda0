namespace Harness.Interception;

/// <summary>
/// <see cref="WaitHandle.WaitAll(WaitHandle[])"/> and <see cref="WaitHandle.WaitAny(WaitHandle[])"/>: readiness is the
/// BCL call with a zero timeout, which takes every handle at once (WaitAll) or the first signalled one (WaitAny)
/// exactly as .NET does, and checks the arguments (null, duplicates, too many handles) the same way.
/// </summary>
public static partial class WaitHandleCalls
{
    /// <summary>Stands in for <see cref="WaitHandle.WaitAll(WaitHandle[])"/>.</summary>
    /// <param name="waitHandles">The handles.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True, once all are signalled.</returns>
    public static bool WaitAll(WaitHandle[] waitHandles, string site) => WaitAll(waitHandles, Timeout.Infinite, site);

    /// <summary>Stands in for <see cref="WaitHandle.WaitAll(WaitHandle[], TimeSpan)"/>.</summary>
    /// <param name="waitHandles">The handles.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when all were signalled in time.</returns>
    public static bool WaitAll(WaitHandle[] waitHandles, TimeSpan timeout, string site) =>
        Controllable(waitHandles) is null ? WaitHandle.WaitAll(waitHandles, timeout) : WaitAll(waitHandles, Timeouts.Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="WaitHandle.WaitAll(WaitHandle[], int)"/>.</summary>
    /// <param name="waitHandles">The handles.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when all were signalled in time.</returns>
    public static bool WaitAll(WaitHandle[] waitHandles, int millisecondsTimeout, string site)
    {
        if (Controllable(waitHandles) is not { } runtime)
        {
            return WaitHandle.WaitAll(waitHandles, millisecondsTimeout);
        }

        if (HasMutex(waitHandles))
        {
            return WaitAllWithMutexes(runtime, waitHandles, millisecondsTimeout, site);
        }

        bool taken = false;
        return runtime.BlockUntilSignalled(() => taken || (taken = WaitHandle.WaitAll(waitHandles, 0)), () => "wait handles that are never all signalled", "returns from WaitHandle.WaitAll", site, millisecondsTimeout, CancellationToken.None);
    }

    /// <summary>Stands in for <see cref="WaitHandle.WaitAny(WaitHandle[])"/>.</summary>
    /// <param name="waitHandles">The handles.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of the handle that was signalled.</returns>
    public static int WaitAny(WaitHandle[] waitHandles, string site) => WaitAny(waitHandles, Timeout.Infinite, site);

    /// <summary>Stands in for <see cref="WaitHandle.WaitAny(WaitHandle[], TimeSpan)"/>.</summary>
    /// <param name="waitHandles">The handles.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of the handle that was signalled, or <see cref="WaitHandle.WaitTimeout"/>.</returns>
    public static int WaitAny(WaitHandle[] waitHandles, TimeSpan timeout, string site) =>
        Controllable(waitHandles) is null ? WaitHandle.WaitAny(waitHandles, timeout) : WaitAny(waitHandles, Timeouts.Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="WaitHandle.WaitAny(WaitHandle[], int)"/>.</summary>
    /// <param name="waitHandles">The handles.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of the handle that was signalled, or <see cref="WaitHandle.WaitTimeout"/>.</returns>
    public static int WaitAny(WaitHandle[] waitHandles, int millisecondsTimeout, string site)
    {
        if (Controllable(waitHandles) is not { } runtime)
        {
            return WaitHandle.WaitAny(waitHandles, millisecondsTimeout);
        }

        if (HasMutex(waitHandles))
        {
            return WaitAnyWithMutexes(runtime, waitHandles, millisecondsTimeout, site);
        }

        int index = WaitHandle.WaitTimeout;
        bool signalled = runtime.BlockUntilSignalled(() => index != WaitHandle.WaitTimeout || (index = WaitHandle.WaitAny(waitHandles, 0)) != WaitHandle.WaitTimeout, () => "wait handles none of which is ever signalled", "returns from WaitHandle.WaitAny", site, millisecondsTimeout, CancellationToken.None);
        return signalled ? index : WaitHandle.WaitTimeout;
    }
}
