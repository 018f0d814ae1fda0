using System.Globalization;
using Harness;

namespace Scenarios.P14_UnboundedWorkQueue;

/// <summary>
/// P14: a bedside monitor reconnects after an outage and flushes the 12 readings it buffered at once. Three
/// workers score them; the buggy ingest queues the whole burst in memory instead of slowing the monitor down.
/// </summary>
public static class UnboundedWorkQueue
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P14",
        "unbounded work queue without back-pressure",
        BugKind.AssertionFailure,
        () => MonitorFlushesBurst(pool => new VitalSignIngest(pool)),
        () => MonitorFlushesBurst(pool => new BoundedVitalSignIngest(pool)));

    private static async Task MonitorFlushesBurst(Func<ScoringPool, IVitalSignIngest> open)
    {
        var ingest = open(new ScoringPool(new EarlyWarningScorer(), workers: 3));
        var burst = Enumerable.Range(0, 12).Select(i => new VitalSign("bed 4", i % 4 == 3 ? 142 : 72 + i)).ToList();

        var alarms = await Controlled.Run(() => ingest.IngestAsync(burst), "monitor");

        Invariant.Assert(ingest.PeakBacklog <= IVitalSignIngest.MaxBacklog, "at most " + IVitalSignIngest.MaxBacklog.ToString(CultureInfo.InvariantCulture) + " readings wait in memory, the queue held " + ingest.PeakBacklog.ToString(CultureInfo.InvariantCulture));
        Invariant.Assert(alarms.Count == 3, "every alarming reading is reported");
    }
}
