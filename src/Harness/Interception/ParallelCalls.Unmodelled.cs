using System.Diagnostics;
using Harness.Diagnostics;
using Harness.Hybrid;
using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// Parallel overloads the harness redirects but does not model in a run: rather than let the BCL run the bodies on
/// real threads (unexplored, and able to block the scheduler thread until the watchdog), the call throws
/// <see cref="NotSupportedException"/> at once, naming the call and the fix, unless the run allows uncontrolled work.
/// </summary>
public static partial class ParallelCalls
{
    private const string RunUncontrolled =
        "; or, to run this loop uncontrolled, set \"UncontrolledConcurrency\": \"allow\" in coyote.json (or HARNESS_UNCONTROLLED_CONCURRENCY=allow).";

    /// <summary>
    /// Refuses, in a run, a loop-state or thread-local ForEach over a source that is neither an array nor an IList&lt;T&gt;.
    /// Arguments .NET rejects (nulls), a cancelled token and everything outside a run go on to the BCL.
    /// </summary>
    private static void RefuseUnlisted<TSource>(IEnumerable<TSource>? source, ParallelOptions? options, bool delegatesGiven, string call, string site)
    {
        if (source is not null and not IList<TSource> && Refusing(options, delegatesGiven) is { } runtime)
        {
            Refuse(runtime, $"{call} at {site} was given a source that is neither an array nor an IList<T> ({FriendlyTypeNames.Of(source.GetType())}): over such a source .NET takes elements through a chunking partitioner that checks for Break and Stop only after each body, which the harness does not model, so the loop would run on real threads, unexplored, and could block the scheduler thread. Fix: pass an array or a list (source.ToArray() or source.ToList()), whose loop is controlled" + RunUncontrolled);
        }
    }

    /// <summary>Refuses, in a run, every ForEach over a Partitioner or an OrderablePartitioner.</summary>
    private static void RefusePartitioner(object? partitioner, ParallelOptions? options, bool delegatesGiven, string site)
    {
        if (partitioner is not null && Refusing(options, delegatesGiven) is { } runtime)
        {
            Refuse(runtime, $"Parallel.ForEach over a {FriendlyTypeNames.Of(partitioner.GetType())} at {site} is not controlled: the partitioner decides which elements one worker runs one after another (its chunks), which the harness does not model, so the loop would run on real threads, unexplored, and could block the scheduler thread. Fix: loop over the elements themselves (Parallel.ForEach over an array or a list, or Parallel.For over the index range), whose loop is controlled" + RunUncontrolled);
        }
    }

    private static ControlledRuntime? Refusing(ParallelOptions? options, bool delegatesGiven) =>
        options is null || !delegatesGiven || options.CancellationToken.IsCancellationRequested ? null : SyncPoints.Active();

    private static void Refuse(ControlledRuntime runtime, string message)
    {
        if (!runtime.ToleratesUnmodelled(message, new StackTrace(3, true)))
        {
            throw new NotSupportedException(message);
        }
    }
}
