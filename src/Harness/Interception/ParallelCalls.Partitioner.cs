using System.Collections.Concurrent;

namespace Harness.Interception;

/// <summary>
/// Every <c>Parallel.ForEach</c> over a <see cref="Partitioner{TSource}"/> or an <see cref="OrderablePartitioner{TSource}"/>.
/// The partitioner decides which elements one worker runs one after another, and modelling every partitioner's
/// chunks is not done: running each body as an operation of its own would explore interleavings .NET never
/// produces (two elements of one chunk at once). So in a run the call is refused at once, naming the fix
/// (<see cref="NotSupportedException"/>), unless the run allows uncontrolled work; outside a run, and for what .NET
/// rejects (null arguments, a cancelled token), it is the BCL call.
/// </summary>
public static partial class ParallelCalls
{
    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(Partitioner{TSource}, Action{TSource})"/>: in a run it is refused (its chunking is not modelled).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The partitioner.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result.</returns>
    /// <exception cref="NotSupportedException">In a run that does not allow uncontrolled work.</exception>
    public static ParallelLoopResult ForEach<TSource>(Partitioner<TSource> source, Action<TSource> body, string site)
    {
        RefusePartitioner(source, Unbounded, body is not null, site);
        return Parallel.ForEach(source!, body!);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(Partitioner{TSource}, ParallelOptions, Action{TSource})"/>: in a run it is refused (its chunking is not modelled).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The partitioner.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result.</returns>
    /// <exception cref="NotSupportedException">In a run that does not allow uncontrolled work.</exception>
    public static ParallelLoopResult ForEach<TSource>(Partitioner<TSource> source, ParallelOptions parallelOptions, Action<TSource> body, string site)
    {
        RefusePartitioner(source, parallelOptions, body is not null, site);
        return Parallel.ForEach(source!, parallelOptions!, body!);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(Partitioner{TSource}, Action{TSource, ParallelLoopState})"/>: in a run it is refused (its chunking is not modelled).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The partitioner.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result.</returns>
    /// <exception cref="NotSupportedException">In a run that does not allow uncontrolled work.</exception>
    public static ParallelLoopResult ForEach<TSource>(Partitioner<TSource> source, Action<TSource, ParallelLoopState> body, string site)
    {
        RefusePartitioner(source, Unbounded, body is not null, site);
        return Parallel.ForEach(source!, body!);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(Partitioner{TSource}, ParallelOptions, Action{TSource, ParallelLoopState})"/>: in a run it is refused (its chunking is not modelled).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The partitioner.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result.</returns>
    /// <exception cref="NotSupportedException">In a run that does not allow uncontrolled work.</exception>
    public static ParallelLoopResult ForEach<TSource>(Partitioner<TSource> source, ParallelOptions parallelOptions, Action<TSource, ParallelLoopState> body, string site)
    {
        RefusePartitioner(source, parallelOptions, body is not null, site);
        return Parallel.ForEach(source!, parallelOptions!, body!);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(OrderablePartitioner{TSource}, Action{TSource, ParallelLoopState, long})"/>: in a run it is refused (its chunking is not modelled).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The partitioner.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result.</returns>
    /// <exception cref="NotSupportedException">In a run that does not allow uncontrolled work.</exception>
    public static ParallelLoopResult ForEach<TSource>(OrderablePartitioner<TSource> source, Action<TSource, ParallelLoopState, long> body, string site)
    {
        RefusePartitioner(source, Unbounded, body is not null, site);
        return Parallel.ForEach(source!, body!);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource}(OrderablePartitioner{TSource}, ParallelOptions, Action{TSource, ParallelLoopState, long})"/>: in a run it is refused (its chunking is not modelled).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The partitioner.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="body">The body.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result.</returns>
    /// <exception cref="NotSupportedException">In a run that does not allow uncontrolled work.</exception>
    public static ParallelLoopResult ForEach<TSource>(OrderablePartitioner<TSource> source, ParallelOptions parallelOptions, Action<TSource, ParallelLoopState, long> body, string site)
    {
        RefusePartitioner(source, parallelOptions, body is not null, site);
        return Parallel.ForEach(source!, parallelOptions!, body!);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource, TLocal}(Partitioner{TSource}, Func{TLocal}, Func{TSource, ParallelLoopState, TLocal, TLocal}, Action{TLocal})"/>: in a run it is refused (its chunking is not modelled).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TLocal">The thread-local state type.</typeparam>
    /// <param name="source">The partitioner.</param>
    /// <param name="localInit">Makes a worker's local state.</param>
    /// <param name="body">The body.</param>
    /// <param name="localFinally">Takes a worker's local state when it ends.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result.</returns>
    /// <exception cref="NotSupportedException">In a run that does not allow uncontrolled work.</exception>
    public static ParallelLoopResult ForEach<TSource, TLocal>(Partitioner<TSource> source, Func<TLocal> localInit, Func<TSource, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally, string site)
    {
        RefusePartitioner(source, Unbounded, localInit is not null && body is not null && localFinally is not null, site);
        return Parallel.ForEach(source!, localInit!, body!, localFinally!);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource, TLocal}(Partitioner{TSource}, ParallelOptions, Func{TLocal}, Func{TSource, ParallelLoopState, TLocal, TLocal}, Action{TLocal})"/>: in a run it is refused (its chunking is not modelled).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TLocal">The thread-local state type.</typeparam>
    /// <param name="source">The partitioner.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="localInit">Makes a worker's local state.</param>
    /// <param name="body">The body.</param>
    /// <param name="localFinally">Takes a worker's local state when it ends.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result.</returns>
    /// <exception cref="NotSupportedException">In a run that does not allow uncontrolled work.</exception>
    public static ParallelLoopResult ForEach<TSource, TLocal>(Partitioner<TSource> source, ParallelOptions parallelOptions, Func<TLocal> localInit, Func<TSource, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally, string site)
    {
        RefusePartitioner(source, parallelOptions, localInit is not null && body is not null && localFinally is not null, site);
        return Parallel.ForEach(source!, parallelOptions!, localInit!, body!, localFinally!);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource, TLocal}(OrderablePartitioner{TSource}, Func{TLocal}, Func{TSource, ParallelLoopState, long, TLocal, TLocal}, Action{TLocal})"/>: in a run it is refused (its chunking is not modelled).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TLocal">The thread-local state type.</typeparam>
    /// <param name="source">The partitioner.</param>
    /// <param name="localInit">Makes a worker's local state.</param>
    /// <param name="body">The body.</param>
    /// <param name="localFinally">Takes a worker's local state when it ends.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result.</returns>
    /// <exception cref="NotSupportedException">In a run that does not allow uncontrolled work.</exception>
    public static ParallelLoopResult ForEach<TSource, TLocal>(OrderablePartitioner<TSource> source, Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally, string site)
    {
        RefusePartitioner(source, Unbounded, localInit is not null && body is not null && localFinally is not null, site);
        return Parallel.ForEach(source!, localInit!, body!, localFinally!);
    }

    /// <summary>Stands in for <see cref="Parallel.ForEach{TSource, TLocal}(OrderablePartitioner{TSource}, ParallelOptions, Func{TLocal}, Func{TSource, ParallelLoopState, long, TLocal, TLocal}, Action{TLocal})"/>: in a run it is refused (its chunking is not modelled).</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TLocal">The thread-local state type.</typeparam>
    /// <param name="source">The partitioner.</param>
    /// <param name="parallelOptions">The options.</param>
    /// <param name="localInit">Makes a worker's local state.</param>
    /// <param name="body">The body.</param>
    /// <param name="localFinally">Takes a worker's local state when it ends.</param>
    /// <param name="site">The call site.</param>
    /// <returns>.NET's result.</returns>
    /// <exception cref="NotSupportedException">In a run that does not allow uncontrolled work.</exception>
    public static ParallelLoopResult ForEach<TSource, TLocal>(OrderablePartitioner<TSource> source, ParallelOptions parallelOptions, Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally, string site)
    {
        RefusePartitioner(source, parallelOptions, localInit is not null && body is not null && localFinally is not null, site);
        return Parallel.ForEach(source!, parallelOptions!, localInit!, body!, localFinally!);
    }
}
