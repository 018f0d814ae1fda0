namespace Scenarios.P05_LostUpdate;

/// <summary>Counts patients enrolled in a clinical trial across all wards; every ward reports concurrently.</summary>
public interface IEnrollmentCounter
{
    /// <summary>Patients enrolled so far.</summary>
    int Total { get; }

    /// <summary>Adds a ward's newly enrolled patients to the total and records the change in the audit log.</summary>
    /// <param name="ward">The reporting ward.</param>
    /// <param name="patients">How many patients the ward enrolled.</param>
    /// <returns>A task that completes when the enrollment is counted and audited.</returns>
    Task EnrollAsync(string ward, int patients);
}
