namespace Scenarios.Plain.Reporting;

/// <summary>Today's order count, updated by the nightly import and by every request that places an order.</summary>
public interface IOrderTotals
{
    /// <summary>The orders counted so far.</summary>
    int Orders { get; }

    /// <summary>Adds a batch of imported orders; slow, and holds the lock while it works.</summary>
    /// <param name="count">How many orders the batch holds.</param>
    void Import(int count);

    /// <summary>Counts one order placed by a request.</summary>
    void RecordOrder();
}
