using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="ManualResetEventSlim.Wait()"/>. Inside a harness run a wait on an unset event parks
/// the operation until the event is set (timeouts on the virtual clock); outside a run each is exactly the BCL method.
/// </summary>
public static class ManualResetEventSlimCalls
{
    /// <summary>Stands in for <see cref="ManualResetEventSlim.Wait()"/>.</summary>
    /// <param name="resetEvent">The event.</param>
    /// <param name="site">The call site.</param>
    public static void Wait(ManualResetEventSlim resetEvent, string site) => Wait(resetEvent, Timeout.Infinite, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="ManualResetEventSlim.Wait(int)"/>.</summary>
    /// <param name="resetEvent">The event.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the event was set in time.</returns>
    public static bool Wait(ManualResetEventSlim resetEvent, int millisecondsTimeout, string site) => Wait(resetEvent, millisecondsTimeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="ManualResetEventSlim.Wait(TimeSpan)"/>.</summary>
    /// <param name="resetEvent">The event.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the event was set in time.</returns>
    public static bool Wait(ManualResetEventSlim resetEvent, TimeSpan timeout, string site) => Wait(resetEvent, (int)timeout.TotalMilliseconds, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="ManualResetEventSlim.Wait(TimeSpan, CancellationToken)"/>.</summary>
    /// <param name="resetEvent">The event.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the event was set in time.</returns>
    public static bool Wait(ManualResetEventSlim resetEvent, TimeSpan timeout, CancellationToken cancellationToken, string site) => Wait(resetEvent, (int)timeout.TotalMilliseconds, cancellationToken, site);

    /// <summary>Stands in for <see cref="ManualResetEventSlim.Wait(CancellationToken)"/>.</summary>
    /// <param name="resetEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    public static void Wait(ManualResetEventSlim resetEvent, CancellationToken cancellationToken, string site) => Wait(resetEvent, Timeout.Infinite, cancellationToken, site);

    /// <summary>Stands in for <see cref="ManualResetEventSlim.Wait(int, CancellationToken)"/>.</summary>
    /// <param name="resetEvent">The event.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the event was set in time.</returns>
    public static bool Wait(ManualResetEventSlim resetEvent, int millisecondsTimeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(resetEvent);
        if (SyncPoints.Active() is not { } runtime)
        {
            return resetEvent.Wait(millisecondsTimeout, cancellationToken);
        }

        return runtime.BlockUntilSignalled(() => resetEvent.IsSet, () => "a ManualResetEventSlim nobody sets", "returns from ManualResetEventSlim.Wait", site, millisecondsTimeout, cancellationToken);
    }
}
