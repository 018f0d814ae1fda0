using Harness;

namespace Scenarios.P17_UndisposedTimeout;

/// <summary>
/// The fixed client: the timeout source lives exactly as long as the lookup. Disposing it stops its timer the
/// moment the result is in (or the lookup failed), the way Go's <c>defer cancel()</c> does.
/// </summary>
/// <param name="lab">The laboratory system.</param>
public sealed class DisposingLabResultClient(LabSystem lab) : ILabResultClient
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public async Task<string> FetchLatestAsync(string patient)
    {
        using var timeout = new CancellationTokenSource(Timeout, Controlled.Time);
        return await lab.FetchLatestAsync(patient, timeout.Token);
    }
}
