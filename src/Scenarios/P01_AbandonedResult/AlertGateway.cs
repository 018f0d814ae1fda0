namespace Scenarios.P01_AbandonedResult;

/// <summary>
/// Stands in for the third-party messaging webhook that pages clinicians. Under load it answers every request after
/// the same latency, on the clock it is given.
/// </summary>
/// <param name="latency">How long each request takes.</param>
/// <param name="time">The clock the latency runs on; <see cref="Harness.Controlled.Time"/> in tests.</param>
public sealed class AlertGateway(TimeSpan latency, TimeProvider time)
{
    /// <summary>Pages one recipient.</summary>
    /// <param name="recipient">Who is paged.</param>
    /// <param name="alert">The alert text.</param>
    /// <returns>True once the webhook confirms the page.</returns>
    public async Task<bool> SendAsync(string recipient, string alert)
    {
        ArgumentException.ThrowIfNullOrEmpty(alert);
        ArgumentException.ThrowIfNullOrEmpty(recipient);
        await Task.Delay(latency, time);
        return true;
    }
}
