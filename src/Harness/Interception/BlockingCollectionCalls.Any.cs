using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>The static members over several collections: <c>AddToAny</c>, <c>TryAddToAny</c>, <c>TakeFromAny</c>, <c>TryTakeFromAny</c>.</summary>
public static partial class BlockingCollectionCalls
{
    /// <summary>Stands in for <see cref="BlockingCollection{T}.TakeFromAny(BlockingCollection{T}[], out T, CancellationToken)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collections">The collections.</param>
    /// <param name="item">The item taken.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of the collection the item came from.</returns>
    public static int TakeFromAny<T>(BlockingCollection<T>[] collections, out T item, CancellationToken cancellationToken, string site)
    {
        if (SyncPoints.Active() is { } runtime && ControlledBlockingCollections.TryTakeFromAny(runtime, collections, out item!, Timeout.InfiniteTimeSpan, cancellationToken, site) is int index and >= 0)
        {
            return index;
        }

        // Outside a run; or every collection is completed and empty, where .NET throws at once.
        return BlockingCollection<T>.TakeFromAny(collections, out item!, cancellationToken);
    }

    /// <summary>Stands in for <see cref="BlockingCollection{T}.TakeFromAny(BlockingCollection{T}[], out T)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collections">The collections.</param>
    /// <param name="item">The item taken.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of the collection the item came from.</returns>
    public static int TakeFromAny<T>(BlockingCollection<T>[] collections, out T item, string site) =>
        TakeFromAny(collections, out item, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="BlockingCollection{T}.TryTakeFromAny(BlockingCollection{T}[], out T, int, CancellationToken)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collections">The collections.</param>
    /// <param name="item">The item taken, or default.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of the collection the item came from, or -1.</returns>
    public static int TryTakeFromAny<T>(BlockingCollection<T>[] collections, [MaybeNullWhen(false)] out T item, int millisecondsTimeout, CancellationToken cancellationToken, string site) =>
        SyncPoints.Active() is { } runtime
            ? ControlledBlockingCollections.TryTakeFromAny(runtime, collections, out item, ControlledBlockingCollections.Valid(millisecondsTimeout), cancellationToken, site)
            : BlockingCollection<T>.TryTakeFromAny(collections, out item!, millisecondsTimeout, cancellationToken);

    /// <summary>Stands in for <see cref="BlockingCollection{T}.TryTakeFromAny(BlockingCollection{T}[], out T, int)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collections">The collections.</param>
    /// <param name="item">The item taken, or default.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of the collection the item came from, or -1.</returns>
    public static int TryTakeFromAny<T>(BlockingCollection<T>[] collections, [MaybeNullWhen(false)] out T item, int millisecondsTimeout, string site) =>
        TryTakeFromAny(collections, out item, millisecondsTimeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="BlockingCollection{T}.AddToAny(BlockingCollection{T}[], T, CancellationToken)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collections">The collections.</param>
    /// <param name="item">The item.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of the collection the item went to.</returns>
    public static int AddToAny<T>(BlockingCollection<T>[] collections, T item, CancellationToken cancellationToken, string site) =>
        SyncPoints.Active() is { } runtime
            ? ControlledBlockingCollections.TryAddToAny(runtime, collections, item, Timeout.InfiniteTimeSpan, cancellationToken, site)
            : BlockingCollection<T>.AddToAny(collections, item, cancellationToken);

    /// <summary>Stands in for <see cref="BlockingCollection{T}.AddToAny(BlockingCollection{T}[], T)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collections">The collections.</param>
    /// <param name="item">The item.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of the collection the item went to.</returns>
    public static int AddToAny<T>(BlockingCollection<T>[] collections, T item, string site) =>
        AddToAny(collections, item, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="BlockingCollection{T}.TryAddToAny(BlockingCollection{T}[], T, int, CancellationToken)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collections">The collections.</param>
    /// <param name="item">The item.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of the collection the item went to, or -1.</returns>
    public static int TryAddToAny<T>(BlockingCollection<T>[] collections, T item, int millisecondsTimeout, CancellationToken cancellationToken, string site) =>
        SyncPoints.Active() is { } runtime
            ? ControlledBlockingCollections.TryAddToAny(runtime, collections, item, ControlledBlockingCollections.Valid(millisecondsTimeout), cancellationToken, site)
            : BlockingCollection<T>.TryAddToAny(collections, item, millisecondsTimeout, cancellationToken);

    /// <summary>Stands in for <see cref="BlockingCollection{T}.TryAddToAny(BlockingCollection{T}[], T, int)"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="collections">The collections.</param>
    /// <param name="item">The item.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of the collection the item went to, or -1.</returns>
    public static int TryAddToAny<T>(BlockingCollection<T>[] collections, T item, int millisecondsTimeout, string site) =>
        TryAddToAny(collections, item, millisecondsTimeout, CancellationToken.None, site);
}
