using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// <see cref="Parallel.Invoke(Action[])"/>, <see cref="Parallel.For(int, int, Action{int})"/> and
/// <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/> without loop state: inside a run each
/// body runs in a controlled operation ("Parallel.For at File.cs:12 #3") and the caller parks until all are done
/// (<see cref="ParallelLoop"/>). What .NET answers at once (argument errors, an empty range, a token already
/// cancelled) and everything outside a run is the BCL call itself.
/// </summary>
public static partial class ParallelCalls
{
    private static readonly ParallelOptions Unbounded = new();

    /// <summary>Stands in for <see cref="Parallel.Invoke(Action[])"/>.</summary>
    /// <param name="actions">The actions.</param>
    /// <param name="site">The call site.</param>
    public static void Invoke(Action[] actions, string site) => Invoke(Unbounded, actions, site);

    /// <summary>Stands in for <see cref="Parallel.Invoke(ParallelOptions, Action[])"/>.</summary>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="actions">The actions.</param>
    /// <param name="site">The call site.</param>
    public static void Invoke(ParallelOptions parallelOptions, Action[] actions, string site)
    {
        if (SyncPoints.Active() is not { } runtime || parallelOptions is null || actions is null || actions.Length == 0
            || Array.IndexOf(actions, null) >= 0 || parallelOptions.CancellationToken.IsCancellationRequested)
        {
            Parallel.Invoke(parallelOptions!, actions!);
            return;
        }

        // Every action runs even after one threw, as in .NET; the first action names the operations.
        ParallelLoop.Run(runtime, "Parallel.Invoke", actions[0], actions.Length, index => actions[index](), parallelOptions, stopOnFault: false, site);
    }

    /// <summary>Stands in for <see cref="Parallel.For(int, int, Action{int})"/>.</summary>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result for a loop that ran to the end.</returns>
    public static ParallelLoopResult For(int fromInclusive, int toExclusive, Action<int> body, string site) =>
        For(fromInclusive, toExclusive, Unbounded, body, site);

    /// <summary>Stands in for <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>.</summary>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result for a loop that ran to the end.</returns>
    public static ParallelLoopResult For(int fromInclusive, int toExclusive, ParallelOptions parallelOptions, Action<int> body, string site)
    {
        if (SyncPoints.Active() is not { } runtime || parallelOptions is null || body is null || toExclusive <= fromInclusive
            || parallelOptions.CancellationToken.IsCancellationRequested)
        {
            return Parallel.For(fromInclusive, toExclusive, parallelOptions!, body!);
        }

        ParallelLoop.Run(runtime, "Parallel.For", body, checked(toExclusive - fromInclusive), index => body(fromInclusive + index), parallelOptions, stopOnFault: true, site);
        return Completed();
    }

    /// <summary>Stands in for <see cref="Parallel.For(long, long, Action{long})"/>.</summary>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result for a loop that ran to the end.</returns>
    public static ParallelLoopResult For(long fromInclusive, long toExclusive, Action<long> body, string site) =>
        For(fromInclusive, toExclusive, Unbounded, body, site);

    /// <summary>Stands in for <see cref="Parallel.For(long, long, ParallelOptions, Action{long})"/>.</summary>
    /// <param name="fromInclusive">The first index.</param>
    /// <param name="toExclusive">One past the last index.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result for a loop that ran to the end.</returns>
    public static ParallelLoopResult For(long fromInclusive, long toExclusive, ParallelOptions parallelOptions, Action<long> body, string site)
    {
        if (SyncPoints.Active() is not { } runtime || parallelOptions is null || body is null || toExclusive <= fromInclusive
            || parallelOptions.CancellationToken.IsCancellationRequested)
        {
            return Parallel.For(fromInclusive, toExclusive, parallelOptions!, body!);
        }

        // A run explores a handful of bodies; more than int.MaxValue operations is no test.
        ParallelLoop.Run(runtime, "Parallel.For", body, checked((int)(toExclusive - fromInclusive)), index => body(fromInclusive + index), parallelOptions, stopOnFault: true, site);
        return Completed();
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result for a loop that ran to the end.</returns>
    public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource> body, string site) =>
        ForEach(source, Unbounded, body, site);

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, ParallelOptions, Action{TSource})"/>.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result for a loop that ran to the end.</returns>
    public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Action<TSource> body, string site)
    {
        if (SyncPoints.Active() is not { } runtime || source is null || parallelOptions is null || body is null
            || parallelOptions.CancellationToken.IsCancellationRequested)
        {
            return Parallel.ForEach(source!, parallelOptions!, body!);
        }

        // The caller enumerates the source up front (.NET's workers enumerate it under a lock, one element at a time).
        var items = source.ToArray();
        if (items.Length > 0)
        {
            ParallelLoop.Run(runtime, "Parallel.ForEach", body, items.Length, index => body(items[index]), parallelOptions, stopOnFault: true, site);
        }

        return Completed();
    }

    // ParallelLoopResult has no public constructor: .NET's own answer for an empty loop is the completed result.
    private static ParallelLoopResult Completed() => Parallel.For(0, 0, static _ => { });
}
