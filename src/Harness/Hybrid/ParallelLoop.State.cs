using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// The loops whose bodies take a <see cref="ParallelLoopState"/>, modelled on .NET's <c>ForWorker</c> (which
/// <c>Parallel.For</c> and <c>Parallel.ForEach</c> over an array or <see cref="IList{T}"/> use). Measured on .NET 10
/// with one worker: after <c>Stop()</c> in body 2 of 0..4 no further body starts and the result is
/// (IsCompleted false, LowestBreakIteration null); after <c>Break()</c> in body 12 of 10..14, 10 11 12 ran and the
/// result is (false, 12); Break after Stop and Stop after Break throw InvalidOperationException ("Break was called
/// after Stop was called." / "Stop was called after Break was called.") collected in the AggregateException; after a
/// body's fault IsExceptional and ShouldExitCurrentIteration are true and Break/Stop return quietly; after the
/// token is cancelled ShouldExitCurrentIteration is true, IsStopped false, and the call throws
/// OperationCanceledException; one state object per worker. .NET checks, before it starts a claimed body, whether the
/// loop should exit for that index (stopped, faulted, cancelled, or broken at a lower index), so bodies already
/// running finish and, after a Break, only lower indices still start.
/// </summary>
internal sealed partial class ParallelLoop
{
    /// <summary>Runs <paramref name="body"/> for 0..count-1 with loop state; <paramref name="iteration"/> is .NET's index for a body.</summary>
    internal static ParallelLoopResult RunWithState<TInt>(
        ControlledRuntime runtime,
        string api,
        Delegate named,
        int count,
        Func<int, TInt> iteration,
        Action<int, ParallelLoopState> body,
        ParallelOptions options,
        string site)
        where TInt : struct =>
        RunStates<TInt>(runtime, api, named, count, options, site, flags =>
        {
            var state = flags.NewWorkerState();
            return (index => Starts(state, iteration(index)) && Ran(() => body(index, state)), null);
        });

    /// <summary>
    /// Runs the loop on one shared flags object; <paramref name="newWorker"/> makes each worker operation's step
    /// (and its finish) over a state of its own, as .NET gives each worker one.
    /// </summary>
    private static ParallelLoopResult RunStates<TInt>(
        ControlledRuntime runtime,
        string api,
        Delegate named,
        int count,
        ParallelOptions options,
        string site,
        Func<ParallelLoopStates<TInt>, (Func<int, bool> Step, Action? Finish)> newWorker)
        where TInt : struct
    {
        var flags = ParallelLoopStates<TInt>.Create();

        // .NET registers the same callback, so a body that cancels sees ShouldExitCurrentIteration at once.
        using (options.CancellationToken.Register(flags.Cancel))
        {
            Run(runtime, api, named, count, () => newWorker(flags), options, stopOnFault: true, flags.SetExceptional, site);
        }

        return ParallelLoopStates<TInt>.Result(flags.NewWorkerState());
    }

    /// <summary>Points the worker's state at a claimed index; false when .NET would not start that body.</summary>
    private static bool Starts<TInt>(ParallelLoopState state, TInt index)
        where TInt : struct
    {
        ParallelLoopStates<TInt>.SetIteration(state, index);

        // Claims only grow, so when this index is past a Break every index the worker could claim next is too.
        return !state.ShouldExitCurrentIteration;
    }

    private static bool Ran(Action body)
    {
        body();
        return true;
    }
}
