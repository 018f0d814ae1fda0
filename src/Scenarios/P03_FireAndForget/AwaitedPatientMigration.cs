using System.Globalization;
using Harness;

namespace Scenarios.P03_FireAndForget;

/// <summary>
/// The fixed script: it keeps every task it starts and returns only when all of them have finished
/// (Go's <c>sync.WaitGroup</c>; in .NET, <see cref="Task.WhenAll(IEnumerable{Task})"/>, which also surfaces a failed
/// migration instead of losing it).
/// </summary>
/// <param name="legacy">Where records come from.</param>
/// <param name="target">Where records go.</param>
public sealed class AwaitedPatientMigration(PatientDatabase legacy, PatientDatabase target) : IPatientMigration
{
    /// <inheritdoc/>
    public async Task RunAsync(IReadOnlyList<int> patientIds)
    {
        ArgumentNullException.ThrowIfNull(patientIds);
        var migrations = patientIds.Select(patientId => Controlled.Run(() => MigrateAsync(patientId), string.Create(CultureInfo.InvariantCulture, $"migrate {patientId}")));
        await Task.WhenAll(migrations);
        await target.AuditAsync("migration finished for " + patientIds.Count.ToString(CultureInfo.InvariantCulture) + " patients");
    }

    private async Task MigrateAsync(int patientId) =>
        await target.WriteAsync(patientId, await legacy.ReadAsync(patientId));
}
