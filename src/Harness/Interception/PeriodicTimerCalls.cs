namespace Harness.Interception;

/// <summary>Redirect target for <c>new PeriodicTimer(period)</c>: on the virtual clock inside a harness run.</summary>
public static class PeriodicTimerCalls
{
    /// <summary>Stands in for <c>new PeriodicTimer(period)</c>.</summary>
    /// <param name="period">The tick period.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The new timer.</returns>
    public static PeriodicTimer Create(TimeSpan period, string site)
    {
        _ = site;
        return Controlled.IsActive ? new PeriodicTimer(period, Controlled.Time) : new PeriodicTimer(period);
    }
}
