using System.Collections;
using System.Numerics;

namespace Harness.Hybrid;

/// <summary>
/// Where a <see cref="ParallelAsyncLoop{T}"/> takes its elements: an enumerator, an async enumerator or an integer
/// range, each taken one element at a time by the workers as .NET 10's do.
/// </summary>
internal abstract class ParallelAsyncSource<T>
{
    /// <summary>
    /// .NET takes every element under an async lock (a SemaphoreSlim) and checks the loop's token once it holds it,
    /// except for ForAsync over a primitive integer, which claims the next one with a compare-exchange.
    /// </summary>
    internal virtual bool Locked => true;

    internal abstract T Current { get; }

    internal abstract ValueTask<bool> MoveNextAsync();

    internal abstract ValueTask DisposeAsync();

    /// <summary>.NET's own exception for a source whose GetEnumerator returns null (message from its resources).</summary>
    internal static Exception NullEnumerator() =>
        Parallel.ForEachAsync(NullEnumerable.Instance, static (_, _) => default).Exception!.InnerException!;

    private sealed class NullEnumerable : IEnumerable<byte>
    {
        internal static readonly NullEnumerable Instance = new();

        public IEnumerator<byte> GetEnumerator() => null!;

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>ForEachAsync over an IEnumerable: MoveNext runs synchronously under the loop's lock.</summary>
internal sealed class EnumerableSource<T>(IEnumerator<T>? enumerator) : ParallelAsyncSource<T>
{
    private readonly IEnumerator<T> enumerator = enumerator ?? throw NullEnumerator();

    internal override T Current => enumerator.Current;

    internal override ValueTask<bool> MoveNextAsync() => new(enumerator.MoveNext());

    internal override ValueTask DisposeAsync()
    {
        enumerator.Dispose();
        return default;
    }
}

/// <summary>ForEachAsync over an IAsyncEnumerable: the awaits inside MoveNextAsync are scheduling points, under the lock.</summary>
internal sealed class AsyncEnumerableSource<T>(IAsyncEnumerator<T>? enumerator) : ParallelAsyncSource<T>
{
    private readonly IAsyncEnumerator<T> enumerator = enumerator ?? throw NullEnumerator();

    internal override T Current => enumerator.Current;

    internal override ValueTask<bool> MoveNextAsync() => enumerator.MoveNextAsync();

    internal override ValueTask DisposeAsync() => enumerator.DisposeAsync();
}

/// <summary>ForAsync: the next integer of [from, to), lock-free for a primitive type, under the lock otherwise.</summary>
internal sealed class RangeSource<T>(T fromInclusive, T toExclusive) : ParallelAsyncSource<T>
    where T : IBinaryInteger<T>
{
    private T next = fromInclusive;
    private T current = fromInclusive;

    internal override bool Locked => !typeof(T).IsPrimitive;

    // Read right after MoveNextAsync, with no scheduling point between, so it is the claiming worker's element.
    internal override T Current => current;

    internal override ValueTask<bool> MoveNextAsync()
    {
        if (next >= toExclusive)
        {
            return new(false);
        }

        current = next;
        next++;
        return new(true);
    }

    internal override ValueTask DisposeAsync() => default;
}
