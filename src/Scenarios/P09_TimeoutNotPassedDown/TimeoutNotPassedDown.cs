using System.Globalization;
using Harness;

namespace Scenarios.P09_TimeoutNotPassedDown;

/// <summary>
/// P09: a nurse opens a patient's summary while the nightly reindex holds the lab database's only connection.
/// The summary has a 2-second budget; the buggy endpoint never passes it down, so it waits out the reindex.
/// </summary>
public static class TimeoutNotPassedDown
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P09",
        "timeout not passed to the downstream call",
        BugKind.AssertionFailure,
        () => SummaryDuringReindex(database => new PatientSummaryEndpoint(database)),
        () => SummaryDuringReindex(database => new BudgetedPatientSummaryEndpoint(database)));

    private static async Task SummaryDuringReindex(Func<LabDatabase, IPatientSummaryEndpoint> open)
    {
        using var database = new LabDatabase();
        var endpoint = open(database);

        var reindex = Controlled.Run(database.ReindexAsync, "reindex");
        var summary = Controlled.Run(() => AnswerTimedAsync(endpoint, "patient 31"), "summary");
        await Task.WhenAll(reindex, summary);

        var elapsed = await summary;
        Invariant.Assert(elapsed <= IPatientSummaryEndpoint.Budget, "the summary is answered within its 2 s budget, it took " + elapsed.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");
    }

    private static async Task<TimeSpan> AnswerTimedAsync(IPatientSummaryEndpoint endpoint, string patient)
    {
        long start = Controlled.Time.GetTimestamp();
        await endpoint.GetAsync(patient);
        return Controlled.Time.GetElapsedTime(start);
    }
}
