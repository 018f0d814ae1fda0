namespace Scenarios.P03_FireAndForget;

/// <summary>The one-off script that copies patient records from the legacy system into the new one.</summary>
public interface IPatientMigration
{
    /// <summary>Migrates the given patients, several at a time.</summary>
    /// <param name="patientIds">The patients to migrate.</param>
    /// <returns>A task that completes when the script is done.</returns>
    Task RunAsync(IReadOnlyList<int> patientIds);
}
