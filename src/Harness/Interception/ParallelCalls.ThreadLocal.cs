using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// The thread-local overloads of <c>Parallel.For</c> and <c>Parallel.ForEach</c> (<c>localInit</c>, a body with loop
/// state that threads the local through, <c>localFinally</c>): one local per worker operation
/// (<see cref="ParallelLoop.RunWithLocal{TInt, TLocal}"/>). Left with the BCL as the loop-state overloads are
/// (<c>ParallelCalls.LoopState.cs</c>): outside a run, what .NET answers at once, a <c>ForEach</c> source that is
/// neither an array nor an <see cref="IList{T}"/>, and a .NET whose loop-state internals were renamed.
/// </summary>
public static partial class ParallelCalls
{
    /// <summary>Stands in for <see cref="Parallel.For{TLocal}(int, int, Func{TLocal}, Func{int, ParallelLoopState, TLocal, TLocal}, Action{TLocal})"/>.</summary>
    /// <typeparam name="TLocal">The per-worker local's type.</typeparam>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="localInit">Makes a worker's local.</param>
    /// <param name="body">The body.</param>
    /// <param name="localFinally">Takes a worker's last local.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult For<TLocal>(int fromInclusive, int toExclusive, Func<TLocal> localInit, Func<int, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally, string site) =>
        For(fromInclusive, toExclusive, Unbounded, localInit, body, localFinally, site);

    /// <summary>Stands in for <see cref="Parallel.For{TLocal}(int, int, ParallelOptions, Func{TLocal}, Func{int, ParallelLoopState, TLocal, TLocal}, Action{TLocal})"/>.</summary>
    /// <typeparam name="TLocal">The per-worker local's type.</typeparam>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="localInit">Makes a worker's local.</param>
    /// <param name="body">The body.</param>
    /// <param name="localFinally">Takes a worker's last local.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult For<TLocal>(int fromInclusive, int toExclusive, ParallelOptions parallelOptions, Func<TLocal> localInit, Func<int, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally, string site)
    {
        if (SyncPoints.Active() is not { } runtime || parallelOptions is null || localInit is null || body is null || localFinally is null
            || toExclusive <= fromInclusive || parallelOptions.CancellationToken.IsCancellationRequested || !ParallelLoopStates<int>.Available)
        {
            return Parallel.For(fromInclusive, toExclusive, parallelOptions!, localInit!, body!, localFinally!);
        }

        return ParallelLoop.RunWithLocal(
            runtime,
            "Parallel.For",
            body,
            checked(toExclusive - fromInclusive),
            index => fromInclusive + index,
            localInit,
            (index, state, local) => body(fromInclusive + index, state, local),
            localFinally,
            parallelOptions,
            site);
    }

    /// <summary>Stands in for <see cref="Parallel.For{TLocal}(long, long, Func{TLocal}, Func{long, ParallelLoopState, TLocal, TLocal}, Action{TLocal})"/>.</summary>
    /// <typeparam name="TLocal">The per-worker local's type.</typeparam>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="localInit">Makes a worker's local.</param>
    /// <param name="body">The body.</param>
    /// <param name="localFinally">Takes a worker's last local.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult For<TLocal>(long fromInclusive, long toExclusive, Func<TLocal> localInit, Func<long, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally, string site) =>
        For(fromInclusive, toExclusive, Unbounded, localInit, body, localFinally, site);

    /// <summary>Stands in for <see cref="Parallel.For{TLocal}(long, long, ParallelOptions, Func{TLocal}, Func{long, ParallelLoopState, TLocal, TLocal}, Action{TLocal})"/>.</summary>
    /// <typeparam name="TLocal">The per-worker local's type.</typeparam>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="localInit">Makes a worker's local.</param>
    /// <param name="body">The body.</param>
    /// <param name="localFinally">Takes a worker's last local.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult For<TLocal>(long fromInclusive, long toExclusive, ParallelOptions parallelOptions, Func<TLocal> localInit, Func<long, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally, string site)
    {
        if (SyncPoints.Active() is not { } runtime || parallelOptions is null || localInit is null || body is null || localFinally is null
            || toExclusive <= fromInclusive || parallelOptions.CancellationToken.IsCancellationRequested || !ParallelLoopStates<long>.Available)
        {
            return Parallel.For(fromInclusive, toExclusive, parallelOptions!, localInit!, body!, localFinally!);
        }

        return ParallelLoop.RunWithLocal(
            runtime,
            "Parallel.For",
            body,
            checked((int)(toExclusive - fromInclusive)),
            index => fromInclusive + index,
            localInit,
            (index, state, local) => body(fromInclusive + index, state, local),
            localFinally,
            parallelOptions,
            site);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource, TLocal}(IEnumerable{TSource}, Func{TLocal}, Func{TSource, ParallelLoopState, TLocal, TLocal}, Action{TLocal})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TLocal">The per-worker local's type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="localInit">Makes a worker's local.</param>
    /// <param name="body">The body.</param>
    /// <param name="localFinally">Takes a worker's last local.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, Func<TLocal> localInit, Func<TSource, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally, string site) =>
        ForEach(source, Unbounded, localInit, body, localFinally, site);

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource, TLocal}(IEnumerable{TSource}, ParallelOptions, Func{TLocal}, Func{TSource, ParallelLoopState, TLocal, TLocal}, Action{TLocal})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TLocal">The per-worker local's type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="localInit">Makes a worker's local.</param>
    /// <param name="body">The body.</param>
    /// <param name="localFinally">Takes a worker's last local.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Func<TLocal> localInit, Func<TSource, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally, string site)
    {
        if (SyncPoints.Active() is not { } runtime || source is not IList<TSource> list || list.Count == 0 || parallelOptions is null || localInit is null
            || body is null || localFinally is null || parallelOptions.CancellationToken.IsCancellationRequested || !ParallelLoopStates<int>.Available)
        {
            RefuseUnlisted(source, parallelOptions, localInit is not null && body is not null && localFinally is not null, "Parallel.ForEach with thread-local state", site);
            return Parallel.ForEach(source!, parallelOptions!, localInit!, body!, localFinally!);
        }

        return ParallelLoop.RunWithLocal(runtime, "Parallel.ForEach", body, list.Count, index => index, localInit, (index, state, local) => body(list[index], state, local), localFinally, parallelOptions, site);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource, TLocal}(IEnumerable{TSource}, Func{TLocal}, Func{TSource, ParallelLoopState, long, TLocal, TLocal}, Action{TLocal})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TLocal">The per-worker local's type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="localInit">Makes a worker's local.</param>
    /// <param name="body">The body, given each element's index.</param>
    /// <param name="localFinally">Takes a worker's last local.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally, string site) =>
        ForEach(source, Unbounded, localInit, body, localFinally, site);

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource, TLocal}(IEnumerable{TSource}, ParallelOptions, Func{TLocal}, Func{TSource, ParallelLoopState, long, TLocal, TLocal}, Action{TLocal})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TLocal">The per-worker local's type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="localInit">Makes a worker's local.</param>
    /// <param name="body">The body, given each element's index.</param>
    /// <param name="localFinally">Takes a worker's last local.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally, string site)
    {
        if (SyncPoints.Active() is not { } runtime || source is not IList<TSource> list || list.Count == 0 || parallelOptions is null || localInit is null
            || body is null || localFinally is null || parallelOptions.CancellationToken.IsCancellationRequested || !ParallelLoopStates<int>.Available)
        {
            RefuseUnlisted(source, parallelOptions, localInit is not null && body is not null && localFinally is not null, "Parallel.ForEach with thread-local state", site);
            return Parallel.ForEach(source!, parallelOptions!, localInit!, body!, localFinally!);
        }

        return ParallelLoop.RunWithLocal(runtime, "Parallel.ForEach", body, list.Count, index => index, localInit, (index, state, local) => body(list[index], state, index, local), localFinally, parallelOptions, site);
    }
}
