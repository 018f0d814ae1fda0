using Harness.Hybrid;
using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// <see cref="Parallel.ForEachAsync{TSource}(IEnumerable{TSource}, Func{TSource, CancellationToken, ValueTask})"/> and
/// its overloads over an <see cref="IEnumerable{T}"/> or an <see cref="IAsyncEnumerable{T}"/>: inside a run each
/// worker is a controlled operation ("Parallel.ForEachAsync at File.cs:12 #2") that takes elements lazily, one at a
/// time, as .NET 10's workers do (<see cref="ParallelAsyncLoop{T}"/>). The degree of parallelism .NET takes from
/// <see cref="Environment.ProcessorCount"/> (no <see cref="ParallelOptions"/>, or
/// <see cref="ParallelOptions.MaxDegreeOfParallelism"/> -1) is 64 in a run, a constant, so a schedule replays on any
/// machine. Null arguments, a cancelled token, a scheduler of the user's own and everything outside a run are the
/// BCL call itself.
/// </summary>
public static partial class ParallelCalls
{
    /// <summary>Stands in for <see cref="Parallel.ForEachAsync{TSource}(IEnumerable{TSource}, Func{TSource, CancellationToken, ValueTask})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements, enumerated lazily by the workers.</param>
    /// <param name="body">The body, given the loop's token (cancelled when a body throws).</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's task for the whole loop.</returns>
    public static Task ForEachAsync<TSource>(IEnumerable<TSource> source, Func<TSource, CancellationToken, ValueTask> body, string site) =>
        ForEachAsync(source, CancellationToken.None, body, site);

    /// <summary>Stands in for <see cref="Parallel.ForEachAsync{TSource}(IEnumerable{TSource}, CancellationToken, Func{TSource, CancellationToken, ValueTask})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements, enumerated lazily by the workers.</param>
    /// <param name="cancellationToken">Cancels the loop; the task is then Canceled.</param>
    /// <param name="body">The body, given the loop's token (cancelled when a body throws or the loop is cancelled).</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's task for the whole loop.</returns>
    public static Task ForEachAsync<TSource>(IEnumerable<TSource> source, CancellationToken cancellationToken, Func<TSource, CancellationToken, ValueTask> body, string site) =>
        source is null || body is null || cancellationToken.IsCancellationRequested || ControlledRuntime.Active is not { } runtime
            ? Parallel.ForEachAsync(source!, cancellationToken, body!)
            : ParallelAsyncLoop<TSource>.Start(runtime, "Parallel.ForEachAsync", -1, cancellationToken, _ => new EnumerableSource<TSource>(source.GetEnumerator()), body, site);

    /// <summary>Stands in for <see cref="Parallel.ForEachAsync{TSource}(IEnumerable{TSource}, ParallelOptions, Func{TSource, CancellationToken, ValueTask})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements, enumerated lazily by the workers.</param>
    /// <param name="parallelOptions">The options: their token cancels the loop; MaxDegreeOfParallelism -1 is 64 workers in a run.</param>
    /// <param name="body">The body, given the loop's token (cancelled when a body throws or the loop is cancelled).</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's task for the whole loop.</returns>
    public static Task ForEachAsync<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Func<TSource, CancellationToken, ValueTask> body, string site) =>
        source is null || body is null || Controlling(parallelOptions) is not { } runtime
            ? Parallel.ForEachAsync(source!, parallelOptions, body!)
            : ParallelAsyncLoop<TSource>.Start(runtime, "Parallel.ForEachAsync", parallelOptions.MaxDegreeOfParallelism, parallelOptions.CancellationToken, _ => new EnumerableSource<TSource>(source.GetEnumerator()), body, site);

    /// <summary>Stands in for <see cref="Parallel.ForEachAsync{TSource}(IAsyncEnumerable{TSource}, Func{TSource, CancellationToken, ValueTask})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements; each MoveNextAsync runs under the loop's lock, its awaits are scheduling points.</param>
    /// <param name="body">The body, given the loop's token (cancelled when a body throws).</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's task for the whole loop.</returns>
    public static Task ForEachAsync<TSource>(IAsyncEnumerable<TSource> source, Func<TSource, CancellationToken, ValueTask> body, string site) =>
        ForEachAsync(source, CancellationToken.None, body, site);

    /// <summary>Stands in for <see cref="Parallel.ForEachAsync{TSource}(IAsyncEnumerable{TSource}, CancellationToken, Func{TSource, CancellationToken, ValueTask})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements, opened with the loop's token; each MoveNextAsync runs under the loop's lock.</param>
    /// <param name="cancellationToken">Cancels the loop; the task is then Canceled.</param>
    /// <param name="body">The body, given the loop's token (cancelled when a body throws or the loop is cancelled).</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's task for the whole loop.</returns>
    public static Task ForEachAsync<TSource>(IAsyncEnumerable<TSource> source, CancellationToken cancellationToken, Func<TSource, CancellationToken, ValueTask> body, string site) =>
        source is null || body is null || cancellationToken.IsCancellationRequested || ControlledRuntime.Active is not { } runtime
            ? Parallel.ForEachAsync(source!, cancellationToken, body!)
            : ParallelAsyncLoop<TSource>.Start(runtime, "Parallel.ForEachAsync", -1, cancellationToken, token => new AsyncEnumerableSource<TSource>(source.GetAsyncEnumerator(token)), body, site);

    /// <summary>Stands in for <see cref="Parallel.ForEachAsync{TSource}(IAsyncEnumerable{TSource}, ParallelOptions, Func{TSource, CancellationToken, ValueTask})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements, opened with the loop's token; each MoveNextAsync runs under the loop's lock.</param>
    /// <param name="parallelOptions">The options: their token cancels the loop; MaxDegreeOfParallelism -1 is 64 workers in a run.</param>
    /// <param name="body">The body, given the loop's token (cancelled when a body throws or the loop is cancelled).</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's task for the whole loop.</returns>
    public static Task ForEachAsync<TSource>(IAsyncEnumerable<TSource> source, ParallelOptions parallelOptions, Func<TSource, CancellationToken, ValueTask> body, string site) =>
        source is null || body is null || Controlling(parallelOptions) is not { } runtime
            ? Parallel.ForEachAsync(source!, parallelOptions, body!)
            : ParallelAsyncLoop<TSource>.Start(runtime, "Parallel.ForEachAsync", parallelOptions.MaxDegreeOfParallelism, parallelOptions.CancellationToken, token => new AsyncEnumerableSource<TSource>(source.GetAsyncEnumerator(token)), body, site);

    /// <summary>
    /// The runtime when a loop with these options runs controlled: in a run, on the default scheduler (what a new
    /// ParallelOptions names) or the harness's, with a token not yet cancelled (.NET then starts no worker). A
    /// scheduler of the user's own is reported by name and the loop goes to it.
    /// </summary>
    private static ControlledRuntime? Controlling(ParallelOptions? options) =>
        options is null || options.CancellationToken.IsCancellationRequested ? null : TaskSchedulers.ControlledBy(options.TaskScheduler ?? TaskScheduler.Current);
}
