using System.Collections.Concurrent;

namespace Scenarios.Plain.Packing;

/// <summary>The fixed packer: GetConsumingEnumerable checks and takes in one step and ends when adding is completed.</summary>
public sealed class ConsumingPacker : IPacker
{
    /// <inheritdoc/>
    public int PackAll(BlockingCollection<string> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        int packed = 0;
        foreach (string order in orders.GetConsumingEnumerable())
        {
            packed += order.Length > 0 ? 1 : 0;
        }

        return packed;
    }
}
