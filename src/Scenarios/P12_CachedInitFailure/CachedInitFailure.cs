using System.Globalization;
using Harness;

namespace Scenarios.P12_CachedInitFailure;

/// <summary>
/// P12: the reporting service and the trial database start together, and a health probe may ask for a report
/// before the database accepts connections; that probe may fail. Once the database is up, a report must work.
/// The buggy service keeps the failed first connection attempt and fails every report after it.
/// </summary>
public static class CachedInitFailure
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P12",
        "lazy initialisation that caches its failure",
        BugKind.UnhandledException,
        () => ReportAfterStartup(database => new PatientReports(database)),
        () => ReportAfterStartup(database => new RetryingPatientReports(database)));

    private static async Task ReportAfterStartup(Func<TrialDatabase, IPatientReports> open)
    {
        var database = new TrialDatabase();
        var reports = open(database);
        try
        {
            await Task.WhenAll(
                Controlled.Run(database.StartAsync, "database startup"),
                Controlled.Run(() => ProbeAsync(reports), "health probe"));

            int patients = await reports.CountPatientsAsync();

            Invariant.Assert(
                patients == DatabaseConnection.EnrolledPatients,
                "the report counts every patient: " + patients.ToString(CultureInfo.InvariantCulture));
        }
        finally
        {
            (reports as IDisposable)?.Dispose();
        }
    }

    private static async Task ProbeAsync(IPatientReports reports)
    {
        try
        {
            await reports.CountPatientsAsync();
        }
        catch (DatabaseUnavailableException)
        {
            // A probe during startup is allowed to fail: the orchestrator just probes again later.
        }
    }
}
