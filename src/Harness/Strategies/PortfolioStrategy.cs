using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>
/// The default: a strategy nobody has to tune. It rotates through its sampling strategies first (between them
/// they find shallow bugs, bugs that need a few well-placed preemptions, and bugs that need one operation to run
/// far ahead of the others), then runs a bounded exhaustive search with <see cref="ExhaustiveBound"/> preemptions
/// for up to <see cref="ExhaustiveBudget"/> schedules, which ends the run with a proof ("all N schedules within
/// preemption bound 2 explored") when the test is small, and goes back to sampling for the iterations left.
/// The exhaustive phase gives up after its first schedule when that schedule shows the phase cannot finish
/// (<see cref="AbandonAbove"/>): a search that cannot end in a proof finds deep bugs less often than sampling
/// does, so the phase's iterations go to sampling instead.
/// Sampled schedules take their seeds from the global iteration number, so the same settings always give the
/// same schedules, whichever worker runs them.
/// </summary>
internal sealed class PortfolioStrategy : IParallelStrategy
{
    /// <summary>Sampled iterations before the exhaustive phase.</summary>
    internal const int OpeningIterations = 32;

    /// <summary>The exhaustive phase's preemption bound.</summary>
    internal const int ExhaustiveBound = 2;

    /// <summary>The most schedules the exhaustive phase runs before the portfolio goes back to sampling.</summary>
    internal const int ExhaustiveBudget = 256;

    /// <summary>
    /// The estimate (<see cref="ExhaustiveStrategy.EstimatedSchedules"/>) above which the exhaustive phase gives up
    /// after its first schedule: four times its budget, so an estimate that is off by a factor of a few still
    /// lets a search that can finish run to its proof.
    /// </summary>
    internal const long AbandonAbove = 4L * ExhaustiveBudget;

    private readonly PctStrategy pct;
    private readonly ISchedulingStrategy[] rotation;
    private readonly ExhaustiveStrategy exhaustive = new(ExhaustiveBound);
    private readonly OperationProfile profile;
    private readonly List<int> stepsByOperation = [];
    private ISchedulingStrategy current;
    private bool exhaustiveAbandoned;
    private bool profiling;

    internal PortfolioStrategy(ulong seed, int pctDepth, OperationProfile profile)
    {
        pct = new PctStrategy(seed, pctDepth);
        this.profile = profile;
        rotation = [new RandomStrategy(seed), pct, new PosStrategy(seed), new SurwStrategy(seed, profile)];
        current = rotation[0];
    }

    public string Name => "portfolio";

    /// <summary>True once the exhaustive phase gave up after its first schedule (<see cref="AbandonAbove"/>).</summary>
    internal bool ExhaustivePhaseAbandoned => exhaustiveAbandoned;

    /// <summary>True once the exhaustive phase ran every schedule within its bound.</summary>
    public bool IsExhausted => exhaustive.IsExhausted;

    public void BeginIteration(int iteration)
    {
        profiling = iteration == 0;
        stepsByOperation.Clear();
        if (InExhaustivePhase(iteration) && !exhaustiveAbandoned)
        {
            // The phase's iterations always run in order on one instance (RunsAnywhere says so).
            current = exhaustive;
            exhaustive.BeginIteration(iteration - OpeningIterations);
            return;
        }

        current = rotation[iteration % rotation.Length];
        current.BeginIteration(iteration);
    }

    public int Choose(IReadOnlyList<WorkItem> ready, int step)
    {
        int index = current.Choose(ready, step);
        if (profiling)
        {
            OperationProfile.Count(stepsByOperation, ready[index].Operation.Id);
        }

        return index;
    }

    // An abandoned phase still runs in order on this instance: which iterations run where must not depend on
    // what an iteration found, or a parallel run could differ from a serial one.
    public bool RunsAnywhere(int iteration) => !InExhaustivePhase(iteration);

    public void Calibrate(int firstIterationSteps) => pct.Calibrate(firstIterationSteps);

    public void EndIteration(int steps)
    {
        current.EndIteration(steps);
        if (profiling)
        {
            // SURW weighs operations by iteration 0's steps, whichever strategy ran it.
            profile.Record(stepsByOperation);
        }

        if (current != pct)
        {
            // PCT places its change points over the length of the first iteration, whichever strategy ran it.
            pct.Calibrate(steps);
        }

        if (current == exhaustive && exhaustive.EstimatedSchedules > AbandonAbove)
        {
            exhaustiveAbandoned = true;
        }
    }

    private static bool InExhaustivePhase(int iteration) =>
        iteration >= OpeningIterations && iteration < OpeningIterations + ExhaustiveBudget;
}
