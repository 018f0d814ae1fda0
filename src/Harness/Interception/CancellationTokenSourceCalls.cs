namespace Harness.Interception;

/// <summary>
/// Redirect targets for the <see cref="CancellationTokenSource"/> constructors. Inside a harness run the source
/// runs on the virtual clock (<see cref="Controlled.Time"/>), so its delay and any later <c>CancelAfter</c> cost
/// no real time; outside a run each is exactly the constructor it stands in for.
/// </summary>
public static class CancellationTokenSourceCalls
{
    /// <summary>Stands in for <c>new CancellationTokenSource()</c>.</summary>
    /// <param name="site">The call site.</param>
    /// <returns>The new source.</returns>
    public static CancellationTokenSource Create(string site)
    {
        _ = site;

        // An infinite delay arms no timer; it only gives a later CancelAfter the virtual clock.
        return Controlled.IsActive ? new CancellationTokenSource(Timeout.InfiniteTimeSpan, Controlled.Time) : new CancellationTokenSource();
    }

    /// <summary>Stands in for <c>new CancellationTokenSource(millisecondsDelay)</c>.</summary>
    /// <param name="millisecondsDelay">The delay before cancellation; -1 never cancels.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The new source.</returns>
    public static CancellationTokenSource Create(int millisecondsDelay, string site)
    {
        _ = site;
        if (!Controlled.IsActive)
        {
            return new CancellationTokenSource(millisecondsDelay);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsDelay, -1);
        return new CancellationTokenSource(TaskCalls.Milliseconds(millisecondsDelay), Controlled.Time);
    }

    /// <summary>Stands in for <c>new CancellationTokenSource(delay)</c>.</summary>
    /// <param name="delay">The delay before cancellation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The new source.</returns>
    public static CancellationTokenSource Create(TimeSpan delay, string site)
    {
        _ = site;
        return Controlled.IsActive ? new CancellationTokenSource(delay, Controlled.Time) : new CancellationTokenSource(delay);
    }
}
