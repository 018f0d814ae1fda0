using Harness;

namespace Scenarios.P07_NeverCompletedChannel;

/// <summary>The vital-signs table; each insert is a round trip.</summary>
public sealed class VitalsStore
{
    private readonly List<VitalSign> rows = [];

    /// <summary>The readings stored so far.</summary>
    public IReadOnlyList<VitalSign> Rows => rows;

    /// <summary>Stores one reading.</summary>
    /// <param name="vital">The reading.</param>
    /// <returns>A task that completes when the reading is stored.</returns>
    public async Task SaveAsync(VitalSign vital)
    {
        await Controlled.Yield();
        rows.Add(vital);
    }
}
