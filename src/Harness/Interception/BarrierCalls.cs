using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="Barrier"/>. Inside a harness run SignalAndWait is a scheduling point and a participant waiting for the
/// others is a blocked operation (timeouts on the virtual clock); the phase number and the participants remaining
/// come from the model. Outside a run each is exactly the BCL member.
/// </summary>
public static class BarrierCalls
{
    /// <summary>Stands in for <see cref="Barrier.SignalAndWait()"/>.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <param name="site">The call site.</param>
    public static void SignalAndWait(Barrier barrier, string site) => SignalAndWait(barrier, Timeout.Infinite, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Barrier.SignalAndWait(CancellationToken)"/>.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    public static void SignalAndWait(Barrier barrier, CancellationToken cancellationToken, string site) => SignalAndWait(barrier, Timeout.Infinite, cancellationToken, site);

    /// <summary>Stands in for <see cref="Barrier.SignalAndWait(int)"/>.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when every participant arrived in time.</returns>
    public static bool SignalAndWait(Barrier barrier, int millisecondsTimeout, string site) => SignalAndWait(barrier, millisecondsTimeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Barrier.SignalAndWait(TimeSpan)"/>.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when every participant arrived in time.</returns>
    public static bool SignalAndWait(Barrier barrier, TimeSpan timeout, string site) => SignalAndWait(barrier, timeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Barrier.SignalAndWait(TimeSpan, CancellationToken)"/>.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when every participant arrived in time.</returns>
    public static bool SignalAndWait(Barrier barrier, TimeSpan timeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(barrier);
        if (SyncPoints.Active() is null)
        {
            return barrier.SignalAndWait(timeout, cancellationToken);
        }

        long milliseconds = (long)timeout.TotalMilliseconds;
        return milliseconds is < Timeout.Infinite or > int.MaxValue
            ? throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The specified timeout must represent a value between -1 and Int32.MaxValue, inclusive.")
            : SignalAndWait(barrier, (int)milliseconds, cancellationToken, site);
    }

    /// <summary>Stands in for <see cref="Barrier.SignalAndWait(int, CancellationToken)"/>.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when every participant arrived in time.</returns>
    public static bool SignalAndWait(Barrier barrier, int millisecondsTimeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(barrier);
        if (SyncPoints.Active() is not { } runtime)
        {
            return barrier.SignalAndWait(millisecondsTimeout, cancellationToken);
        }

        return millisecondsTimeout < Timeout.Infinite
            ? throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout), millisecondsTimeout, "The specified timeout must represent a value between -1 and Int32.MaxValue, inclusive.")
            : runtime.Barriers.SignalAndWait(barrier, millisecondsTimeout, cancellationToken, site);
    }

    /// <summary>Stands in for the <see cref="Barrier.CurrentPhaseNumber"/> getter: inside a run the model's phase.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The phase number.</returns>
    public static long CurrentPhaseNumber(Barrier barrier, string site) =>
        SyncPoints.Active() is { } runtime ? runtime.Barriers.CurrentPhaseNumber(barrier) : barrier.CurrentPhaseNumber;

    /// <summary>Stands in for the <see cref="Barrier.ParticipantsRemaining"/> getter: inside a run the participants not arrived in the model.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <param name="site">The call site.</param>
    /// <returns>How many participants have not signalled in this phase.</returns>
    public static int ParticipantsRemaining(Barrier barrier, string site) =>
        SyncPoints.Active() is { } runtime ? runtime.Barriers.ParticipantsRemaining(barrier) : barrier.ParticipantsRemaining;
}
