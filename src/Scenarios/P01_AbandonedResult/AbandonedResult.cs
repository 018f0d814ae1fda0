using System.Globalization;
using Harness;

namespace Scenarios.P01_AbandonedResult;

/// <summary>
/// P01: a lab value is critical, so the on-call physician and the study monitor are paged at once. The caller
/// waits at most its budget for the receipts; the webhook, under load, answers right at that budget, so whether
/// the receipts or the deadline come first is up to the schedule. When the deadline wins, the buggy sender's late
/// pages block forever handing over receipts nobody will read.
/// </summary>
public static class AbandonedResult
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P01",
        "worker blocks on a result nobody reads",
        BugKind.LeakedTask,
        () => CriticalValueIsPaged((gateway, time) => new AlertSender(gateway, time)),
        () => CriticalValueIsPaged((gateway, time) => new RoomyAlertSender(gateway, time)));

    private static async Task CriticalValueIsPaged(Func<AlertGateway, TimeProvider, IAlertSender> open)
    {
        var gateway = new AlertGateway(IAlertSender.Budget, Controlled.Time);
        var sender = open(gateway, Controlled.Time);
        var start = Controlled.Time.GetUtcNow();

        var receipts = await sender.NotifyAsync("patient 0042: potassium 6.8 mmol/L", ["on-call physician", "study monitor"]);

        var waited = Controlled.Time.GetUtcNow() - start;
        Invariant.Assert(waited <= IAlertSender.Budget, "the alert pipeline never waits past its budget; it waited " + waited.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms");
        Invariant.Assert(receipts.All(receipt => receipt.Delivered), "only confirmed pages are reported as delivered");
    }
}
