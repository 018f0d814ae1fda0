using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// The <see cref="Parallel.For(int, int, Action{int, ParallelLoopState})"/> and
/// <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource, ParallelLoopState})"/> overloads with
/// loop state: the bodies get real <see cref="ParallelLoopState"/> objects, so <c>Stop</c>, <c>Break</c> and what
/// they read are .NET's own (<see cref="ParallelLoop.RunWithState{TInt}"/>). Left with the BCL, as outside a run: what
/// .NET answers at once (argument errors, an empty range, a token already cancelled), a <c>ForEach</c> source that is
/// neither an array nor an <see cref="IList{T}"/> (.NET then takes elements through a partitioner, which checks for a
/// Break only after each body, a behaviour not modelled), and a .NET whose loop-state internals were renamed.
/// </summary>
public static partial class ParallelCalls
{
    /// <summary>Stands in for <see cref="Parallel.For(int, int, Action{int, ParallelLoopState})"/>.</summary>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult For(int fromInclusive, int toExclusive, Action<int, ParallelLoopState> body, string site) =>
        For(fromInclusive, toExclusive, Unbounded, body, site);

    /// <summary>Stands in for <see cref="Parallel.For(int, int, ParallelOptions, Action{int, ParallelLoopState})"/>.</summary>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult For(int fromInclusive, int toExclusive, ParallelOptions parallelOptions, Action<int, ParallelLoopState> body, string site)
    {
        if (SyncPoints.Active() is not { } runtime || parallelOptions is null || body is null || toExclusive <= fromInclusive
            || parallelOptions.CancellationToken.IsCancellationRequested || !ParallelLoopStates<int>.Available)
        {
            return Parallel.For(fromInclusive, toExclusive, parallelOptions!, body!);
        }

        return ParallelLoop.RunWithState(
            runtime, "Parallel.For", body, checked(toExclusive - fromInclusive), index => fromInclusive + index, (index, state) => body(fromInclusive + index, state), parallelOptions, site);
    }

    /// <summary>Stands in for <see cref="Parallel.For(long, long, Action{long, ParallelLoopState})"/>.</summary>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult For(long fromInclusive, long toExclusive, Action<long, ParallelLoopState> body, string site) =>
        For(fromInclusive, toExclusive, Unbounded, body, site);

    /// <summary>Stands in for <see cref="Parallel.For(long, long, ParallelOptions, Action{long, ParallelLoopState})"/>.</summary>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult For(long fromInclusive, long toExclusive, ParallelOptions parallelOptions, Action<long, ParallelLoopState> body, string site)
    {
        if (SyncPoints.Active() is not { } runtime || parallelOptions is null || body is null || toExclusive <= fromInclusive
            || parallelOptions.CancellationToken.IsCancellationRequested || !ParallelLoopStates<long>.Available)
        {
            return Parallel.For(fromInclusive, toExclusive, parallelOptions!, body!);
        }

        // A run explores a handful of bodies; more than int.MaxValue operations is no test.
        return ParallelLoop.RunWithState(
            runtime, "Parallel.For", body, checked((int)(toExclusive - fromInclusive)), index => fromInclusive + index, (index, state) => body(fromInclusive + index, state), parallelOptions, site);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource, ParallelLoopState})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource, ParallelLoopState> body, string site) =>
        ForEach(source, Unbounded, body, site);

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource, ParallelLoopState})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Action<TSource, ParallelLoopState> body, string site)
    {
        if (SyncPoints.Active() is not { } runtime || source is not IList<TSource> list || list.Count == 0 || parallelOptions is null || body is null
            || parallelOptions.CancellationToken.IsCancellationRequested || !ParallelLoopStates<int>.Available)
        {
            RefuseUnlisted(source, parallelOptions, body is not null, "Parallel.ForEach with ParallelLoopState", site);
            return Parallel.ForEach(source!, parallelOptions!, body!);
        }

        // .NET runs a list through the int ForWorker and reads list[i] as it starts body i, so the model does too.
        return ParallelLoop.RunWithState(runtime, "Parallel.ForEach", body, list.Count, index => index, (index, state) => body(list[index], state), parallelOptions, site);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource, ParallelLoopState, long})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="body">The body, given each element's index.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource, ParallelLoopState, long> body, string site) =>
        ForEach(source, Unbounded, body, site);

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource, ParallelLoopState, long})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="body">The body, given each element's index.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result: completed unless a body called Stop or Break.</returns>
    public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Action<TSource, ParallelLoopState, long> body, string site)
    {
        if (SyncPoints.Active() is not { } runtime || source is not IList<TSource> list || list.Count == 0 || parallelOptions is null || body is null
            || parallelOptions.CancellationToken.IsCancellationRequested || !ParallelLoopStates<int>.Available)
        {
            RefuseUnlisted(source, parallelOptions, body is not null, "Parallel.ForEach with ParallelLoopState", site);
            return Parallel.ForEach(source!, parallelOptions!, body!);
        }

        return ParallelLoop.RunWithState(runtime, "Parallel.ForEach", body, list.Count, index => index, (index, state) => body(list[index], state, index), parallelOptions, site);
    }
}
