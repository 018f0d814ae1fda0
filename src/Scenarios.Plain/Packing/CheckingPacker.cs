using System.Collections.Concurrent;

namespace Scenarios.Plain.Packing;

/// <summary>
/// The buggy packer: it asks <see cref="BlockingCollection{T}.IsCompleted"/> and then calls Take. The handler can call
/// CompleteAdding between the two, and a Take on a completed, empty collection throws InvalidOperationException.
/// </summary>
public sealed class CheckingPacker : IPacker
{
    /// <inheritdoc/>
    public int PackAll(BlockingCollection<string> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        int packed = 0;
        while (!orders.IsCompleted)
        {
            orders.Take();
            packed++;
        }

        return packed;
    }
}
