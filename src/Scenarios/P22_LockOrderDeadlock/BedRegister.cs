using Harness;

namespace Scenarios.P22_LockOrderDeadlock;

/// <summary>The hospital's bed register: the record of which patient lies in which ward.</summary>
/// <param name="wardOfPatient">Where each patient lies when the shift starts.</param>
public sealed class BedRegister(Dictionary<string, string> wardOfPatient)
{
    /// <summary>Looks up the ward a patient lies in.</summary>
    /// <param name="patient">The patient.</param>
    /// <returns>The ward's name, or null for a patient not in the hospital.</returns>
    public async Task<string?> FindWardAsync(string patient)
    {
        // Stands in for the database round trip: other transfers run meanwhile.
        await Controlled.Yield();
        return wardOfPatient.GetValueOrDefault(patient);
    }

    /// <summary>Records that a patient now lies in a ward.</summary>
    /// <param name="patient">The patient.</param>
    /// <param name="ward">The ward's name.</param>
    /// <returns>A task that completes when the record is stored.</returns>
    public async Task MoveAsync(string patient, string ward)
    {
        await Controlled.Yield();
        wardOfPatient[patient] = ward;
    }
}
