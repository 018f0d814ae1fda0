using System.Numerics;
using Harness.Hybrid;
using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// <see cref="Parallel.ForAsync{T}(T, T, Func{T, CancellationToken, ValueTask})"/> and its overloads (any
/// <see cref="IBinaryInteger{TSelf}"/>: int, long, BigInteger...): inside a run each worker is a controlled operation
/// that claims the next index as .NET 10's workers do (<see cref="ParallelAsyncLoop{T}"/>), 64 workers where .NET would
/// use <see cref="Environment.ProcessorCount"/>. Null arguments, an empty range (.NET's <see cref="Task.CompletedTask"/>),
/// a cancelled token, a scheduler of the user's own and everything outside a run are the BCL call itself.
/// </summary>
public static partial class ParallelCalls
{
    /// <summary>Stands in for <see cref="Parallel.ForAsync{T}(T, T, Func{T, CancellationToken, ValueTask})"/>.</summary>
    /// <typeparam name="T">The index type.</typeparam>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="body">The body, given the loop's token (cancelled when a body throws).</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's task for the whole loop.</returns>
    public static Task ForAsync<T>(T fromInclusive, T toExclusive, Func<T, CancellationToken, ValueTask> body, string site)
        where T : notnull, IBinaryInteger<T> =>
        ForAsync(fromInclusive, toExclusive, CancellationToken.None, body, site);

    /// <summary>Stands in for <see cref="Parallel.ForAsync{T}(T, T, CancellationToken, Func{T, CancellationToken, ValueTask})"/>.</summary>
    /// <typeparam name="T">The index type.</typeparam>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="cancellationToken">Cancels the loop; the task is then Canceled.</param>
    /// <param name="body">The body, given the loop's token (cancelled when a body throws or the loop is cancelled).</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's task for the whole loop.</returns>
    public static Task ForAsync<T>(T fromInclusive, T toExclusive, CancellationToken cancellationToken, Func<T, CancellationToken, ValueTask> body, string site)
        where T : notnull, IBinaryInteger<T> =>
        !Runs(fromInclusive, toExclusive, body) || cancellationToken.IsCancellationRequested || ControlledRuntime.Active is not { } runtime
            ? Parallel.ForAsync(fromInclusive, toExclusive, cancellationToken, body)
            : ParallelAsyncLoop<T>.Start(runtime, "Parallel.ForAsync", -1, cancellationToken, _ => new RangeSource<T>(fromInclusive, toExclusive), body, site);

    /// <summary>Stands in for <see cref="Parallel.ForAsync{T}(T, T, ParallelOptions, Func{T, CancellationToken, ValueTask})"/>.</summary>
    /// <typeparam name="T">The index type.</typeparam>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="parallelOptions">The options: their token cancels the loop; MaxDegreeOfParallelism -1 is 64 workers in a run.</param>
    /// <param name="body">The body, given the loop's token (cancelled when a body throws or the loop is cancelled).</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's task for the whole loop.</returns>
    public static Task ForAsync<T>(T fromInclusive, T toExclusive, ParallelOptions parallelOptions, Func<T, CancellationToken, ValueTask> body, string site)
        where T : notnull, IBinaryInteger<T> =>
        !Runs(fromInclusive, toExclusive, body) || Controlling(parallelOptions) is not { } runtime
            ? Parallel.ForAsync(fromInclusive, toExclusive, parallelOptions, body)
            : ParallelAsyncLoop<T>.Start(runtime, "Parallel.ForAsync", parallelOptions.MaxDegreeOfParallelism, parallelOptions.CancellationToken, _ => new RangeSource<T>(fromInclusive, toExclusive), body, site);

    // False where .NET answers without a worker: a null argument throws, an empty range is Task.CompletedTask.
    private static bool Runs<T>(T fromInclusive, T toExclusive, Func<T, CancellationToken, ValueTask>? body)
        where T : notnull, IBinaryInteger<T> =>
        fromInclusive is not null && toExclusive is not null && body is not null && fromInclusive < toExclusive;
}
