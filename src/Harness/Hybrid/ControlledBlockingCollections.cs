using System.Diagnostics.CodeAnalysis;
using System.Collections.Concurrent;
using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// <see cref="BlockingCollection{T}"/> in a run: the real collection keeps the items, the count, the bound and the
/// CompleteAdding flag, but is only ever asked with a zero timeout, so it never blocks on its internal semaphores
/// (which the scheduler does not see). Waiting is a controlled blocked wait until an item, a free slot or
/// CompleteAdding, with timeouts on the virtual clock; each Add and Take is a scheduling point.
/// </summary>
internal static partial class ControlledBlockingCollections
{
    /// <summary>Takes an item, waiting up to <paramref name="timeout"/>; false on timeout or once the collection is completed.</summary>
    internal static bool TryTake<T>(ControlledRuntime runtime, BlockingCollection<T> collection, [MaybeNullWhen(false)] out T item, TimeSpan timeout, CancellationToken token, string site)
    {
        runtime.Park(new ParkedWait("takes from a BlockingCollection", null, site, null));
        long deadline = Deadline(runtime, timeout);
        while (!collection.TryTake(out item, 0, token))
        {
            if (collection.IsCompleted || !runtime.BlockUntil(() => collection.Count > 0 || collection.IsAddingCompleted, static () => "a BlockingCollection nobody adds to or completes", "returns from BlockingCollection.Take", site, Remaining(runtime, deadline), token))
            {
                item = default;
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds an item, waiting up to <paramref name="timeout"/> for a free slot of a bounded collection; false on timeout.</summary>
    internal static bool TryAdd<T>(ControlledRuntime runtime, BlockingCollection<T> collection, T item, TimeSpan timeout, CancellationToken token, string site)
    {
        runtime.Park(new ParkedWait("adds to a BlockingCollection", null, site, null));
        long deadline = Deadline(runtime, timeout);

        // After CompleteAdding the real TryAdd throws .NET's InvalidOperationException, also for a waiter woken by it.
        while (!collection.TryAdd(item, 0, token))
        {
            if (!runtime.BlockUntil(() => collection.Count < collection.BoundedCapacity || collection.IsAddingCompleted, static () => "a full BlockingCollection nobody takes from", "returns from BlockingCollection.Add", site, Remaining(runtime, deadline), token))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A millisecond timeout checked as BlockingCollection checks it (its own message, measured on .NET 10).</summary>
    internal static TimeSpan Valid(int millisecondsTimeout) => millisecondsTimeout < Timeout.Infinite
        ? throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout), millisecondsTimeout, TimeoutInvalid)
        : millisecondsTimeout == Timeout.Infinite ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(millisecondsTimeout);

    /// <summary>A TimeSpan timeout checked as BlockingCollection checks it.</summary>
    internal static TimeSpan Valid(TimeSpan timeout)
    {
        long milliseconds = (long)timeout.TotalMilliseconds;
        return milliseconds is < Timeout.Infinite or > int.MaxValue
            ? throw new ArgumentOutOfRangeException(nameof(timeout), timeout, TimeoutInvalid)
            : milliseconds == Timeout.Infinite ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(milliseconds);
    }

    private const string TimeoutInvalid = "The specified timeout must represent a value between -1 and 2147483647, inclusive.";

    private static long Deadline(ControlledRuntime runtime, TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? long.MaxValue : runtime.Clock.NowTicks + timeout.Ticks;

    private static TimeSpan Remaining(ControlledRuntime runtime, long deadline) =>
        deadline == long.MaxValue ? Timeout.InfiniteTimeSpan : TimeSpan.FromTicks(Math.Max(0, deadline - runtime.Clock.NowTicks));
}
