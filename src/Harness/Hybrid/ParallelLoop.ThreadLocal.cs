using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// The thread-local loops (<c>localInit</c>, a body that threads the local through, <c>localFinally</c>): one local
/// per worker operation, as .NET keeps one per worker. Measured on .NET 10 with one worker over 0..3: "init b0:10
/// b1:10 b2:11 fin:11" when body 2 throws (the worker stops at the exception and localFinally gets the last local,
/// the call throws the one exception); an empty range or an already-cancelled token runs neither localInit nor
/// localFinally (.NET's ForWorker calls localInit once a worker's first claim passed the exit check); a localInit
/// that throws runs no localFinally and is the aggregate's exception; a localFinally that throws replaces the
/// exception of the body before it (C#'s finally), so "b0 fin" throws only "fin"; after Break at 1 the result is
/// (false, 1) and localFinally still runs.
/// </summary>
internal sealed partial class ParallelLoop
{
    /// <summary>Runs <paramref name="body"/> for 0..count-1 with loop state and one local per worker operation.</summary>
    internal static ParallelLoopResult RunWithLocal<TInt, TLocal>(
        ControlledRuntime runtime,
        string api,
        Delegate named,
        int count,
        Func<int, TInt> iteration,
        Func<TLocal> localInit,
        Func<int, ParallelLoopState, TLocal, TLocal> body,
        Action<TLocal> localFinally,
        ParallelOptions options,
        string site)
        where TInt : struct =>
        RunStates<TInt>(runtime, api, named, count, options, site, flags =>
        {
            var state = flags.NewWorkerState();
            TLocal local = default!;
            bool initialized = false;
            return (
                index =>
                {
                    if (!Starts(state, iteration(index)))
                    {
                        return false;
                    }

                    // .NET calls localInit after the worker's first claim passed the exit check, before that body.
                    if (!initialized)
                    {
                        local = localInit();
                        initialized = true;
                    }

                    local = body(index, state, local);
                    return true;
                },
                () =>
                {
                    if (initialized)
                    {
                        localFinally(local);
                    }
                });
        });
}
