using System.Collections.Concurrent;

namespace Scenarios.Plain.Packing;

/// <summary>Packs the orders a request handler queues, until the handler says no more will come.</summary>
public interface IPacker
{
    /// <summary>Takes orders from <paramref name="orders"/> until adding is completed and the queue is empty.</summary>
    /// <param name="orders">The queue of orders.</param>
    /// <returns>How many orders were packed.</returns>
    int PackAll(BlockingCollection<string> orders);
}
