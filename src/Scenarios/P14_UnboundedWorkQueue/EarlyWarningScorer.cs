using Harness;

namespace Scenarios.P14_UnboundedWorkQueue;

/// <summary>Scores readings for early signs of deterioration; slow, because it looks at the patient's history.</summary>
public sealed class EarlyWarningScorer
{
    private static readonly TimeSpan TimePerReading = TimeSpan.FromMilliseconds(100);

    /// <summary>Scores one reading.</summary>
    /// <param name="reading">The reading.</param>
    /// <param name="cancellationToken">Abandons the scoring.</param>
    /// <returns>True when the reading should alert the nurse.</returns>
    public async Task<bool> IsAlarmingAsync(VitalSign reading, CancellationToken cancellationToken)
    {
        await Task.Delay(TimePerReading, Controlled.Time, cancellationToken);
        return reading.HeartRate is < 40 or > 130;
    }
}
