using System.Threading.Channels;

namespace Scenarios.P01_AbandonedResult;

/// <summary>The caller's side of both senders: read receipts as they come, give up when the budget is spent.</summary>
internal static class ReceiptCollector
{
    internal static async Task<IReadOnlyList<DeliveryReceipt>> CollectAsync(
        ChannelReader<DeliveryReceipt> receipts, int expected, TimeProvider time)
    {
        var collected = new List<DeliveryReceipt>();
        using var budget = new CancellationTokenSource(IAlertSender.Budget, time);
        try
        {
            // WaitToReadAsync/TryRead rather than ReadAllAsync: the harness cannot yet control ReadAllAsync's wake-up.
            while (collected.Count < expected && await receipts.WaitToReadAsync(budget.Token))
            {
                while (collected.Count < expected && receipts.TryRead(out var receipt))
                {
                    collected.Add(receipt);
                }
            }
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            // Budget spent: report what arrived and move on; the remaining receipts are nobody's business any more.
        }

        return collected;
    }
}
