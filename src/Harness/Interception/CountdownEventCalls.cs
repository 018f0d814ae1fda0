using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="CountdownEvent"/>. Inside a harness run Wait parks the operation until the count
/// reaches zero and Signal is a scheduling point; outside a run each is exactly the BCL method.
/// </summary>
public static class CountdownEventCalls
{
    /// <summary>Stands in for <see cref="CountdownEvent.Wait()"/>.</summary>
    /// <param name="countdown">The countdown event.</param>
    /// <param name="site">The call site.</param>
    public static void Wait(CountdownEvent countdown, string site)
    {
        ArgumentNullException.ThrowIfNull(countdown);
        if (SyncPoints.Active() is not { } runtime)
        {
            countdown.Wait();
            return;
        }

        runtime.BlockUntil(() => countdown.IsSet, () => "a CountdownEvent that never reaches zero", "returns from CountdownEvent.Wait", site, Timeout.InfiniteTimeSpan, CancellationToken.None);

        // Every Signal happens before the Wait returns, including signals made through the BCL directly.
        runtime.Races.JoinAll();
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
