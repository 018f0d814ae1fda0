using System.Globalization;
using Harness;

namespace Scenarios.P03_FireAndForget;

/// <summary>
/// P03: the migration script copies five patients' records and reports that it is done; the caller then
/// checks the new system. The buggy script returns as soon as it has started the copies.
/// </summary>
public static class FireAndForget
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P03",
        "caller returns before its fire-and-forget work",
        BugKind.AssertionFailure,
        () => EveryPatientIsMigrated((legacy, target) => new PatientMigration(legacy, target)),
        () => EveryPatientIsMigrated((legacy, target) => new AwaitedPatientMigration(legacy, target)));

    private static async Task EveryPatientIsMigrated(Func<PatientDatabase, PatientDatabase, IPatientMigration> open)
    {
        int[] patientIds = [101, 102, 103, 104, 105];
        var legacy = new PatientDatabase();
        foreach (int patientId in patientIds)
        {
            legacy.Seed(patientId, "record of patient " + patientId.ToString(CultureInfo.InvariantCulture));
        }

        var target = new PatientDatabase();
        await open(legacy, target).RunAsync(patientIds);

        Invariant.Assert(target.Count == patientIds.Length, "every patient is migrated once the script is done: 5 patients, "
            + target.Count.ToString(CultureInfo.InvariantCulture) + " migrated");
    }
}
