namespace Scenarios.Plain.Inventory;

/// <summary>The receiving dock: each arriving shipment is booked on its own task.</summary>
public static class Warehouse
{
    /// <summary>Books every shipment concurrently.</summary>
    /// <param name="ledger">The ledger to book into.</param>
    /// <param name="shipments">Units per shipment.</param>
    /// <returns>A task that completes when every shipment is booked.</returns>
    public static Task ReceiveShipmentsAsync(IStockLedger ledger, params int[] shipments) =>
        Task.WhenAll(shipments.Select(units => Task.Run(() => ledger.ReceiveAsync(units))));
}
