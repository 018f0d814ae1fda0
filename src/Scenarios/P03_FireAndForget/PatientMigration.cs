using System.Globalization;
using Harness;

namespace Scenarios.P03_FireAndForget;

/// <summary>
/// The buggy script: it starts one task per patient and returns without waiting for them. The caller is told
/// the script is done while records are still being copied, and work it believes finished is lost (Go's main
/// returning before its goroutines, with no WaitGroup).
/// </summary>
/// <param name="legacy">Where records come from.</param>
/// <param name="target">Where records go.</param>
public sealed class PatientMigration(PatientDatabase legacy, PatientDatabase target) : IPatientMigration
{
    /// <inheritdoc/>
    public async Task RunAsync(IReadOnlyList<int> patientIds)
    {
        ArgumentNullException.ThrowIfNull(patientIds);
        foreach (int patientId in patientIds)
        {
            _ = Controlled.Run(() => MigrateAsync(patientId), string.Create(CultureInfo.InvariantCulture, $"migrate {patientId}"));
        }

        await target.AuditAsync("migration started for " + patientIds.Count.ToString(CultureInfo.InvariantCulture) + " patients");
    }

    private async Task MigrateAsync(int patientId) =>
        await target.WriteAsync(patientId, await legacy.ReadAsync(patientId));
}
