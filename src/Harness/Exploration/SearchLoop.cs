using Harness.Diagnostics;
using Harness.Scheduling;
using Harness.Strategies;

namespace Harness.Exploration;

/// <summary>
/// Runs untraced iterations on one watched scheduler thread, in the order an index source hands them out, and
/// stops at the first bug. Serial and parallel search are both made of these loops. The first iteration of a
/// search (index 0) runs with the runtime's task events on (see <see cref="EscapeListener"/>), so work that
/// escapes on every schedule through a path only those events see (a LongRunning task, a TaskScheduler with its
/// own threads) is reported even though later iterations run without them.
/// </summary>
internal sealed class SearchLoop(Func<Task> body, string bodyName, RuntimeLimits limits, TimeSpan watchdogTimeout, TimeBudget? budget = null, AbandonedThreads? abandoned = null)
{
    /// <summary>True once the exploration's time budget is spent: no loop starts another iteration.</summary>
    internal bool OutOfTime => budget?.Spent == true;

    /// <summary>
    /// Runs the iterations <paramref name="nextIndex"/> returns until it returns -1 or one finds a bug, and
    /// tells <paramref name="ran"/> the steps of each. A blocked scheduler thread is the bug of the iteration it
    /// blocked in, with the schedule up to the blocking step.
    /// </summary>
    internal (int Index, IterationOutcome Bug)? Run(ISchedulingStrategy strategy, Func<int> nextIndex, Action<int, int> ran)
    {
        var watchdog = new Watchdog(watchdogTimeout, budget, abandoned);
        int index = -1;
        var (found, stuck, blocked) = watchdog.Run<IterationOutcome>(() =>
        {
            using var capture = ThreadPoolCapture.Install();
            while (watchdog.Proceed(() => index = Next(nextIndex)) && index >= 0)
            {
                strategy.BeginIteration(index);
                var runtime = new ControlledRuntime(strategy, limits, traced: false) { Progress = watchdog.Progress, PoolCapture = capture };
                watchdog.Watch(runtime);
                var outcome = RunIteration(runtime, withTaskEvents: index == 0);

                // A thread the watchdog gave up on may still come back (its runaway loop was stopped): its iteration
                // was reported as blocked already, and the search goes on without it.
                if (!watchdog.Proceed(() => ran(index, outcome.Steps)))
                {
                    return null;
                }

                if (outcome.Bug is not null)
                {
                    return outcome;
                }
            }

            return null;
        });

        if (blocked is not null)
        {
            ran(index, stuck!.Step);
            return (index, new IterationOutcome(blocked, null, stuck.Step, stuck.Clock.Elapsed, [.. stuck.Schedule], null));
        }

        return found is null ? null : (index, found);
    }

    // The budget is asked only when there is an iteration left to run: a search that ran its last one is complete.
    private int Next(Func<int> nextIndex)
    {
        int index = nextIndex();
        return index >= 0 && budget?.AllowsAnotherIteration() == false ? -1 : index;
    }

    private IterationOutcome RunIteration(ControlledRuntime runtime, bool withTaskEvents)
    {
        if (!withTaskEvents)
        {
            return runtime.Run(body, bodyName);
        }

        using var taskEvents = EscapeListener.TraceTaskEvents();
        return runtime.Run(body, bodyName);
    }
}
