using System.Threading.Channels;
using Harness;

namespace Scenarios.P01_AbandonedResult;

/// <summary>
/// The fixed sender: the receipt channel has a slot for every recipient, so a sender always hands its receipt
/// over and finishes, whether or not the caller is still reading (Go's fix: a channel buffered for every result).
/// </summary>
/// <param name="gateway">The paging webhook.</param>
/// <param name="time">The clock of the caller's budget.</param>
public sealed class RoomyAlertSender(AlertGateway gateway, TimeProvider time) : IAlertSender
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<DeliveryReceipt>> NotifyAsync(string alert, IReadOnlyList<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);

        var receipts = Channel.CreateBounded<DeliveryReceipt>(Math.Max(1, recipients.Count));
        foreach (string recipient in recipients)
        {
            _ = Controlled.Run(async () =>
            {
                bool delivered = await gateway.SendAsync(recipient, alert);
                // Never waits: this recipient's slot is free even if the caller has left.
                await receipts.Writer.WriteAsync(new DeliveryReceipt(recipient, delivered));
            }, "page " + recipient);
        }

        return ReceiptCollector.CollectAsync(receipts.Reader, recipients.Count, time);
    }
}
