using System.Threading.Channels;
using Harness;

namespace Scenarios.P01_AbandonedResult;

/// <summary>
/// The buggy sender: each page runs as its own task and hands its receipt over through a channel of capacity 1.
/// When the caller gives up, the first late receipt fills the channel and every later sender waits forever to
/// write its own (Go's goroutine blocked on an unbuffered channel nobody receives from).
/// </summary>
/// <param name="gateway">The paging webhook.</param>
/// <param name="time">The clock of the caller's budget.</param>
public sealed class AlertSender(AlertGateway gateway, TimeProvider time) : IAlertSender
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<DeliveryReceipt>> NotifyAsync(string alert, IReadOnlyList<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);

        // One slot is enough as long as somebody reads: the caller takes each receipt as it arrives.
        var receipts = Channel.CreateBounded<DeliveryReceipt>(1);
        foreach (string recipient in recipients)
        {
            _ = Controlled.Run(async () =>
            {
                bool delivered = await gateway.SendAsync(recipient, alert);
                await receipts.Writer.WriteAsync(new DeliveryReceipt(recipient, delivered));
            }, "page " + recipient);
        }

        return ReceiptCollector.CollectAsync(receipts.Reader, recipients.Count, time);
    }
}
