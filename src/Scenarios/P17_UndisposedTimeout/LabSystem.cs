using Harness;

namespace Scenarios.P17_UndisposedTimeout;

/// <summary>The laboratory information system: answers result lookups after a short round trip.</summary>
public sealed class LabSystem
{
    private static readonly TimeSpan RoundTrip = TimeSpan.FromMilliseconds(200);

    /// <summary>Fetches a patient's latest lab result.</summary>
    /// <param name="patient">The patient.</param>
    /// <param name="cancellationToken">Abandons the lookup.</param>
    /// <returns>The result, as the lab reports it.</returns>
    public async Task<string> FetchLatestAsync(string patient, CancellationToken cancellationToken)
    {
        await Task.Delay(RoundTrip, Controlled.Time, cancellationToken);
        return patient + ": potassium 4.1 mmol/L";
    }
}
