using Harness;

namespace Scenarios.P13_WriterStarvation;

/// <summary>
/// The hospital formulary: the maximum daily dose of each drug. Every prescribing screen reads it on every
/// keystroke; the pharmacy replaces it now and then. Reads share the gate, a new version needs it alone.
/// </summary>
/// <param name="gate">Guards the formulary while it is read or replaced.</param>
public sealed class Formulary(IReadWriteGate gate)
{
    // Every trip to the formulary store takes a few milliseconds, and the gate is held across it.
    private static readonly TimeSpan StoreRoundTrip = TimeSpan.FromMilliseconds(3);
    private IReadOnlyDictionary<string, int> maxDailyDoseMg = new Dictionary<string, int> { ["paracetamol"] = 4000 };

    /// <summary>The version in force; the first is 1.</summary>
    public int Version { get; private set; } = 1;

    /// <summary>Reads the maximum daily dose of a drug.</summary>
    /// <param name="drug">The drug.</param>
    /// <returns>The dose in milligrams, or null for a drug not in the formulary.</returns>
    public async Task<int?> MaxDailyDoseAsync(string drug)
    {
        await gate.EnterReadAsync();
        try
        {
            await Task.Delay(StoreRoundTrip, Controlled.Time);
            return maxDailyDoseMg.TryGetValue(drug, out int dose) ? dose : null;
        }
        finally
        {
            gate.ExitRead();
        }
    }

    /// <summary>Puts a new version of the formulary in force.</summary>
    /// <param name="doses">The new maximum daily doses.</param>
    /// <returns>A task that completes when the new version is in force.</returns>
    public async Task PublishAsync(IReadOnlyDictionary<string, int> doses)
    {
        await gate.EnterWriteAsync();
        try
        {
            await Task.Delay(StoreRoundTrip, Controlled.Time);
            maxDailyDoseMg = doses;
            Version++;
        }
        finally
        {
            gate.ExitWrite();
        }
    }
}
