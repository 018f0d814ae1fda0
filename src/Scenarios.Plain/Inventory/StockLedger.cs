namespace Scenarios.Plain.Inventory;

/// <summary>
/// The buggy ledger (P05, lost update, async form): it reads the count, awaits the warehouse system, then stores
/// the sum, so a shipment booked during the await is overwritten.
/// </summary>
public sealed class StockLedger : IStockLedger
{
    private int onHand;

    /// <inheritdoc/>
    public int OnHand => onHand;

    /// <inheritdoc/>
    public async Task ReceiveAsync(int units)
    {
        int current = onHand;
        await Task.Delay(5).ConfigureAwait(false);
        onHand = current + units;
    }
}
