using Harness;

namespace Scenarios.P15_LeaseLock;

/// <summary>The ledger of one order: reconciling it on two pods at once books its payments twice.</summary>
public sealed class OrderLedger
{
    private string? reconcilingPod;

    /// <summary>How many reconciliation passes finished.</summary>
    public int Reconciliations { get; private set; }

    /// <summary>Reconciles the order's payments against the bank statement.</summary>
    /// <param name="pod">The pod doing it.</param>
    /// <param name="duration">How long the pass takes on that pod.</param>
    /// <param name="cancellationToken">Stops the pass; nothing of a stopped pass is booked.</param>
    /// <returns>A task that completes when the pass is booked.</returns>
    public async Task ReconcileAsync(string pod, TimeSpan duration, CancellationToken cancellationToken)
    {
        Invariant.Assert(
            reconcilingPod is null,
            $"{pod} starts reconciling the order while {reconcilingPod} still is: the lock let two pods in");
        reconcilingPod = pod;
        try
        {
            await Task.Delay(duration, Controlled.Time, cancellationToken);
            Reconciliations++;
        }
        finally
        {
            reconcilingPod = null;
        }
    }
}
