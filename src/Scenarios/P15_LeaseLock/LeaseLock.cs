using Harness;

namespace Scenarios.P15_LeaseLock;

/// <summary>
/// P15: the order queue delivers the same order to two pods of the reconciliation service, and each takes a
/// lease-based lock before reconciling it; one pod is slow, its pass outlasts the lease. No two pods may
/// reconcile the order at once. The buggy lock lets the lease run out under the slow pod's work and hands the
/// lock to the other pod.
/// </summary>
public static class LeaseLock
{
    private const string OrderKey = "lock:order:123";
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);

    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P15",
        "a lease lock that expires under its work",
        BugKind.AssertionFailure,
        () => TwoPodsReconcileOneOrder(store => new OrderLock(store)),
        () => TwoPodsReconcileOneOrder(store => new OwnedLeaseLock(store)));

    private static async Task TwoPodsReconcileOneOrder(Func<LeaseStore, IOrderLock> open)
    {
        var orderLock = open(new LeaseStore());
        var ledger = new OrderLedger();

        // pod-a reads from a lagging replica: its pass outlasts the 30 s lease.
        await Task.WhenAll(
            Controlled.Run(() => ReconcileAsync(orderLock, ledger, "pod-a", TimeSpan.FromSeconds(40)), "pod-a"),
            Controlled.Run(() => ReconcileAsync(orderLock, ledger, "pod-b", TimeSpan.FromSeconds(5)), "pod-b"));

        Invariant.Assert(ledger.Reconciliations >= 1, "the order is reconciled");
    }

    private static async Task ReconcileAsync(IOrderLock orderLock, OrderLedger ledger, string pod, TimeSpan passDuration)
    {
        try
        {
            while (!await orderLock.TryRunExclusiveAsync(OrderKey, pod, token => ledger.ReconcileAsync(pod, passDuration, token)))
            {
                await Task.Delay(RetryInterval, Controlled.Time);
            }
        }
        catch (OperationCanceledException)
        {
            // The pass was stopped before the lease ran out: nothing was booked, and the other pod does the order.
        }
    }
}
