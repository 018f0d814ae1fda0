using System.Globalization;

namespace Harness.Exploration;

/// <summary>
/// The wall-clock budget of one exploration (<see cref="ExplorationOptions.TimeBudget"/>), shared by every search
/// loop and watchdog of it. Search loops ask between iterations; a watchdog cuts one iteration short only once the
/// budget is over by <see cref="Grace"/>, so an iteration that ends on its own is never cut and where a run stops
/// does not depend on when the watchdog happened to look.
/// </summary>
internal sealed class TimeBudget(TimeSpan limit, TimeProvider clock)
{
    /// <summary>How far past the budget the watchdog lets a running iteration go before it cuts it short.</summary>
    internal static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    private readonly long start = clock.GetTimestamp();
    private volatile bool spent;
    private int cutAtStep = -1;

    internal TimeSpan Limit => limit;

    /// <summary>True once a search loop or watchdog found the budget spent.</summary>
    internal bool Spent => spent;

    /// <summary>The steps of the iteration the watchdog cut short, or -1 when none was.</summary>
    internal int CutAtStep => Volatile.Read(ref cutAtStep);

    internal TimeSpan Elapsed => clock.GetElapsedTime(start);

    /// <summary>Asked before each iteration: false (and spent from then on) once the time is up.</summary>
    internal bool AllowsAnotherIteration()
    {
        if (!spent && Elapsed >= limit)
        {
            spent = true;
        }

        return !spent;
    }

    /// <summary>Asked by a watchdog while an iteration runs: true when that iteration must be cut short.</summary>
    internal bool CutsRunningIteration(int step)
    {
        if (Elapsed < limit + Grace)
        {
            return false;
        }

        spent = true;
        Interlocked.CompareExchange(ref cutAtStep, step, -1);
        return true;
    }

    /// <summary>The message of an exploration that ran out of time before it finished or found a bug.</summary>
    internal string OutOfTime(ExplorationOptions options, int iterationsDone, SearchCoverage coverage)
    {
        string cut = CutAtStep >= 0 ? string.Create(CultureInfo.InvariantCulture, $", cutting short the iteration then running after {CutAtStep} steps") : "";
        string shard = options.ShardCount > 1 ? string.Create(CultureInfo.InvariantCulture, $" (shard {options.ShardIndex}/{options.ShardCount})") : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"the exploration{shard} ran out of its time budget of {limit.TotalSeconds:0.######} s: it stopped after {iterationsDone} of {options.Iterations} iterations ({coverage.Description}) in {Elapsed.TotalSeconds:0.#} s{cut}. This is no verdict: the schedules explored found no bug and the rest were not run, and how far a run gets depends on the machine, so the test fails rather than pass on partial work. Fix: lower Iterations or MaxSteps (attribute properties, \"Iterations\"/\"MaxSteps\" in coyote.json, HARNESS_ITERATIONS/HARNESS_MAX_STEPS), give a livelocking loop an exit, spread the campaign over CI jobs with HARNESS_SHARD=i/n (docs/engine.md#shards), or raise the budget: TimeBudgetSeconds on the attribute, \"TimeBudgetSeconds\" in coyote.json or HARNESS_TIME_BUDGET_SECONDS.");
    }
}
