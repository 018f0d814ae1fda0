using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="CountdownEvent"/>. Inside a harness run Wait parks the operation until the count
/// reaches zero (timeouts on the virtual clock) and Signal is a scheduling point; outside a run each is exactly the
/// BCL method.
/// </summary>
public static class CountdownEventCalls
{
    /// <summary>Stands in for <see cref="CountdownEvent.Wait()"/>.</summary>
    /// <param name="countdown">The countdown event.</param>
    /// <param name="site">The call site.</param>
    public static void Wait(CountdownEvent countdown, string site) => Wait(countdown, Timeout.Infinite, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="CountdownEvent.Wait(CancellationToken)"/>.</summary>
    /// <param name="countdown">The countdown event.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    public static void Wait(CountdownEvent countdown, CancellationToken cancellationToken, string site) => Wait(countdown, Timeout.Infinite, cancellationToken, site);

    /// <summary>Stands in for <see cref="CountdownEvent.Wait(int)"/>.</summary>
    /// <param name="countdown">The countdown event.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the count reached zero in time.</returns>
    public static bool Wait(CountdownEvent countdown, int millisecondsTimeout, string site) => Wait(countdown, millisecondsTimeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="CountdownEvent.Wait(TimeSpan)"/>.</summary>
    /// <param name="countdown">The countdown event.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the count reached zero in time.</returns>
    public static bool Wait(CountdownEvent countdown, TimeSpan timeout, string site) => Wait(countdown, (int)timeout.TotalMilliseconds, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="CountdownEvent.Wait(TimeSpan, CancellationToken)"/>.</summary>
    /// <param name="countdown">The countdown event.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the count reached zero in time.</returns>
    public static bool Wait(CountdownEvent countdown, TimeSpan timeout, CancellationToken cancellationToken, string site) => Wait(countdown, (int)timeout.TotalMilliseconds, cancellationToken, site);

    /// <summary>Stands in for <see cref="CountdownEvent.Wait(int, CancellationToken)"/>.</summary>
    /// <param name="countdown">The countdown event.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the count reached zero in time.</returns>
    public static bool Wait(CountdownEvent countdown, int millisecondsTimeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(countdown);
        if (SyncPoints.Active() is not { } runtime)
        {
            return countdown.Wait(millisecondsTimeout, cancellationToken);
        }

        // Every Signal happens before the Wait returns, including signals made through the BCL directly.
        return runtime.BlockUntilSignalled(() => countdown.IsSet, () => "a CountdownEvent that never reaches zero", "returns from CountdownEvent.Wait", site, millisecondsTimeout, cancellationToken);
    }

    /// <summary>Stands in for <see cref="CountdownEvent.Signal()"/>.</summary>
    /// <param name="countdown">The countdown event.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when this signal brought the count to zero.</returns>
    public static bool Signal(CountdownEvent countdown, string site) => Signal(countdown, 1, site);

    /// <summary>Stands in for <see cref="CountdownEvent.Signal(int)"/>.</summary>
    /// <param name="countdown">The countdown event.</param>
    /// <param name="signalCount">How many signals.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when this signal brought the count to zero.</returns>
    public static bool Signal(CountdownEvent countdown, int signalCount, string site)
    {
        ArgumentNullException.ThrowIfNull(countdown);
        SyncPoints.Interleave("signals a CountdownEvent", site);
        return countdown.Signal(signalCount);
    }
}
