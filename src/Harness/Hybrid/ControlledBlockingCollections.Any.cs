using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// The static AddToAny and TakeFromAny: the real call with a zero timeout does the validation, picks the collection
/// and throws .NET's exceptions; waiting is a controlled blocked wait until one collection can take or give an item.
/// </summary>
internal static partial class ControlledBlockingCollections
{
    /// <summary>Takes from the first collection with an item; -1 on timeout or once every collection is completed.</summary>
    internal static int TryTakeFromAny<T>(ControlledRuntime runtime, BlockingCollection<T>[] collections, [MaybeNullWhen(false)] out T item, TimeSpan timeout, CancellationToken token, string site)
    {
        runtime.Park(new ParkedWait("takes from any of several BlockingCollections", null, site, null));
        long deadline = Deadline(runtime, timeout);
        int index;
        while ((index = BlockingCollection<T>.TryTakeFromAny(collections, out item!, 0, token)) < 0)
        {
            if (Array.TrueForAll(collections, c => c.IsCompleted) || !runtime.BlockUntil(() => Array.Exists(collections, c => c.Count > 0) || Array.TrueForAll(collections, c => c.IsAddingCompleted), static () => "BlockingCollections nobody adds to or completes", "returns from BlockingCollection.TakeFromAny", site, Remaining(runtime, deadline), token))
            {
                return -1;
            }
        }

        return index;
    }

    /// <summary>Adds to the first collection with a free slot; -1 on timeout.</summary>
    internal static int TryAddToAny<T>(ControlledRuntime runtime, BlockingCollection<T>[] collections, T item, TimeSpan timeout, CancellationToken token, string site)
    {
        runtime.Park(new ParkedWait("adds to any of several BlockingCollections", null, site, null));
        long deadline = Deadline(runtime, timeout);
        int index;

        // A completed collection makes the real call throw .NET's ArgumentException, also for a waiter woken by it.
        while ((index = BlockingCollection<T>.TryAddToAny(collections, item, 0, token)) < 0)
        {
            if (!runtime.BlockUntil(() => Array.Exists(collections, c => c.Count < c.BoundedCapacity || c.IsAddingCompleted), static () => "full BlockingCollections nobody takes from", "returns from BlockingCollection.AddToAny", site, Remaining(runtime, deadline), token))
            {
                return -1;
            }
        }

        return index;
    }
}
