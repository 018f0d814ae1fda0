using System.Collections.Concurrent;

namespace Scenarios.Plain.Packing;

/// <summary>A packer task drains a bounded order queue while a request handler queues two orders and closes it.</summary>
public static class PackingStation
{
    /// <summary>Runs the packer on a thread-pool task and queues two orders from another, as a service would.</summary>
    /// <param name="packer">The packer under test.</param>
    /// <returns>How many orders were packed.</returns>
    public static async Task<int> PackTwoOrdersAsync(IPacker packer)
    {
        ArgumentNullException.ThrowIfNull(packer);
        using var orders = new BlockingCollection<string>(boundedCapacity: 1);
        var packing = Task.Run(() => packer.PackAll(orders));
        await Task.Run(() =>
        {
            orders.Add("order-1");
            orders.Add("order-2");
        });
        orders.CompleteAdding();
        return await packing;
    }
}
