using System.Collections.Concurrent;
using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>The adding side of <see cref="BlockingCollection{T}"/>: only a bounded collection can make Add wait.</summary>
public static partial class BlockingCollectionCalls
{
    /// <summary>Stands in for <see cref="BlockingCollection{T}.Add(T)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="item">The item.</param>
    /// <param name="site">The call site.</param>
    public static void Add<T>(BlockingCollection<T> collection, T item, string site) => Add(collection, item, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="BlockingCollection{T}.Add(T, CancellationToken)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="item">The item.</param>
    /// <param name="cancellationToken">Cancels the wait for a free slot.</param>
    /// <param name="site">The call site.</param>
    public static void Add<T>(BlockingCollection<T> collection, T item, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(collection);
        if (SyncPoints.Active() is { } runtime)
        {
            ControlledBlockingCollections.TryAdd(runtime, collection, item, Timeout.InfiniteTimeSpan, cancellationToken, site);
            return;
        }

        collection.Add(item, cancellationToken);
    }

    /// <summary>Stands in for <see cref="BlockingCollection{T}.TryAdd(T, int)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="item">The item.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the item was added in time.</returns>
    public static bool TryAdd<T>(BlockingCollection<T> collection, T item, int millisecondsTimeout, string site) =>
        TryAdd(collection, item, millisecondsTimeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="BlockingCollection{T}.TryAdd(T, TimeSpan)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="item">The item.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the item was added in time.</returns>
    public static bool TryAdd<T>(BlockingCollection<T> collection, T item, TimeSpan timeout, string site)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return SyncPoints.Active() is { } runtime
            ? ControlledBlockingCollections.TryAdd(runtime, collection, item, ControlledBlockingCollections.Valid(timeout), CancellationToken.None, site)
            : collection.TryAdd(item, timeout);
    }

    /// <summary>Stands in for <see cref="BlockingCollection{T}.TryAdd(T, int, CancellationToken)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <param name="item">The item.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="cancellationToken">Cancels the wait for a free slot.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the item was added in time.</returns>
    public static bool TryAdd<T>(BlockingCollection<T> collection, T item, int millisecondsTimeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return SyncPoints.Active() is { } runtime
            ? ControlledBlockingCollections.TryAdd(runtime, collection, item, ControlledBlockingCollections.Valid(millisecondsTimeout), cancellationToken, site)
            : collection.TryAdd(item, millisecondsTimeout, cancellationToken);
    }
}
