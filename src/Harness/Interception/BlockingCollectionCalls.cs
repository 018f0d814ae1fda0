using System.Diagnostics.CodeAnalysis;
using System.Collections.Concurrent;
using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for the blocking members of <see cref="BlockingCollection{T}"/>. Inside a harness run a Take
/// with nothing to take, or an Add to a full bounded collection, parks the operation until an item, a free slot or
/// CompleteAdding (<see cref="ControlledBlockingCollections"/>), timeouts on the virtual clock; the exceptions are the
/// real collection's own. Outside a run each is exactly the BCL member.
/// </summary>
public static partial class BlockingCollectionCalls
{
    /// <summary>Stands in for <see cref="BlockingCollection{T}.Take()"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The item taken.</returns>
    public static T Take<T>(BlockingCollection<T> collection, string site) => Take(collection, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="BlockingCollection{T}.Take(CancellationToken)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The item taken.</returns>
    public static T Take<T>(BlockingCollection<T> collection, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(collection);
        if (SyncPoints.Active() is { } runtime && ControlledBlockingCollections.TryTake(runtime, collection, out var item, Timeout.InfiniteTimeSpan, cancellationToken, site))
        {
            return item;
        }

        // Outside a run; or in a run once the collection is completed and empty, where .NET's Take throws at once.
        return collection.Take(cancellationToken);
    }

    /// <summary>Stands in for <see cref="BlockingCollection{T}.TryTake(out T, int)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="item">The item taken, or default.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when an item was taken in time.</returns>
    public static bool TryTake<T>(BlockingCollection<T> collection, [MaybeNullWhen(false)] out T item, int millisecondsTimeout, string site) =>
        TryTake(collection, out item, millisecondsTimeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="BlockingCollection{T}.TryTake(out T, TimeSpan)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="item">The item taken, or default.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when an item was taken in time.</returns>
    public static bool TryTake<T>(BlockingCollection<T> collection, [MaybeNullWhen(false)] out T item, TimeSpan timeout, string site)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return SyncPoints.Active() is { } runtime
            ? ControlledBlockingCollections.TryTake(runtime, collection, out item, ControlledBlockingCollections.Valid(timeout), CancellationToken.None, site)
            : collection.TryTake(out item, timeout);
    }

    /// <summary>Stands in for <see cref="BlockingCollection{T}.TryTake(out T, int, CancellationToken)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="item">The item taken, or default.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when an item was taken in time.</returns>
    public static bool TryTake<T>(BlockingCollection<T> collection, [MaybeNullWhen(false)] out T item, int millisecondsTimeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return SyncPoints.Active() is { } runtime
            ? ControlledBlockingCollections.TryTake(runtime, collection, out item, ControlledBlockingCollections.Valid(millisecondsTimeout), cancellationToken, site)
            : collection.TryTake(out item, millisecondsTimeout, cancellationToken);
    }

    /// <summary>Stands in for <see cref="BlockingCollection{T}.GetConsumingEnumerable()"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The items, taken one by one until the collection is completed.</returns>
    public static IEnumerable<T> GetConsumingEnumerable<T>(BlockingCollection<T> collection, string site) =>
        GetConsumingEnumerable(collection, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="BlockingCollection{T}.GetConsumingEnumerable(CancellationToken)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="cancellationToken">Cancels the wait for the next item.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The items, taken one by one until the collection is completed.</returns>
    public static IEnumerable<T> GetConsumingEnumerable<T>(BlockingCollection<T> collection, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return SyncPoints.Active() is null ? collection.GetConsumingEnumerable(cancellationToken) : Consume(collection, cancellationToken, site);
    }

    // .NET's loop: take until the collection is completed and empty; each MoveNext is a Take.
    private static IEnumerable<T> Consume<T>(BlockingCollection<T> collection, CancellationToken cancellationToken, string site)
    {
        while (TryTake(collection, out var item, Timeout.Infinite, cancellationToken, site))
        {
            yield return item;
        }
    }
}
