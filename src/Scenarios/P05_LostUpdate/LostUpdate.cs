using System.Globalization;
using Harness;

namespace Scenarios.P05_LostUpdate;

/// <summary>
/// P05: three wards report enrollments at the same moment; the total must count every patient. The buggy
/// counter reads the total before an await and writes it after, so concurrent reports overwrite each other.
/// </summary>
public static class LostUpdate
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P05",
        "lost update on a shared counter",
        BugKind.AssertionFailure,
        () => ThreeWardsReportAtOnce(audit => new EnrollmentCounter(audit)),
        () => ThreeWardsReportAtOnce(audit => new GuardedEnrollmentCounter(audit)));

    private static async Task ThreeWardsReportAtOnce(Func<AuditLog, IEnrollmentCounter> open)
    {
        var audit = new AuditLog();
        var counter = open(audit);
        try
        {
            await Task.WhenAll(
                Controlled.Run(() => counter.EnrollAsync("cardiology", 3), "cardiology"),
                Controlled.Run(() => counter.EnrollAsync("oncology", 5), "oncology"),
                Controlled.Run(() => counter.EnrollAsync("pediatrics", 2), "pediatrics"));

            Invariant.Assert(counter.Total == 10, "every enrollment is counted: 10 patients enrolled, the total says " + counter.Total.ToString(CultureInfo.InvariantCulture));
            Invariant.Assert(audit.Entries.Count == 3, "every enrollment is audited");
        }
        finally
        {
            (counter as IDisposable)?.Dispose();
        }
    }
}
