namespace Scenarios.Plain.Inventory;

/// <summary>Units of one product on hand; every arriving shipment is booked concurrently.</summary>
public interface IStockLedger
{
    /// <summary>Units on hand.</summary>
    int OnHand { get; }

    /// <summary>Books a shipment, after a round trip to the warehouse system.</summary>
    /// <param name="units">Units received.</param>
    /// <returns>A task that completes when the shipment is booked.</returns>
    Task ReceiveAsync(int units);
}
