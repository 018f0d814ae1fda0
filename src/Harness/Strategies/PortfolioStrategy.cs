using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>
/// The default: a strategy nobody has to tune. It opens with four fixed schedules (<see cref="OpeningSchedules"/>):
/// the bounded exhaustive search's first schedule (the oldest ready item first until its preemption bound is
/// spent, then each operation runs on until it waits), the newest ready item first, the oldest ready item first
/// at every step, and the first schedule of a search with one more preemption. Between them they find most
/// shallow races in one iteration each. It then rotates through its sampling strategies (<see cref="Rotation"/>:
/// random and SURW find bugs that need several well-placed preemptions, POS bugs that need one operation to run
/// far ahead of the others, PCT bugs of small depth), then resumes the bounded exhaustive search with <see cref="ExhaustiveBound"/> preemptions for
/// up to <see cref="ExhaustiveBudget"/> more schedules, which ends the run with a proof ("all N schedules within
/// preemption bound 2 explored") when the test is small, and goes back to sampling for the iterations left.
/// The exhaustive phase is given up when its first schedule shows it cannot finish (<see cref="AbandonAbove"/>):
/// a search that cannot end in a proof finds deep bugs less often than sampling does, so the phase's iterations
/// go to sampling instead.
/// Sampled schedules take their seeds from the global iteration number, so the same settings always give the
/// same schedules, whichever worker runs them.
/// </summary>
internal sealed class PortfolioStrategy : IParallelStrategy
{
    /// <summary>The iteration at which the exhaustive phase resumes (iteration 0 ran its first schedule).</summary>
    internal const int OpeningIterations = 32;

    /// <summary>Iterations before the exhaustive phase resumes that are not the exhaustive search's: iterations 1 to 31.</summary>
    internal const int SampledOpening = OpeningIterations - 1;

    /// <summary>The exhaustive phase's preemption bound.</summary>
    internal const int ExhaustiveBound = 2;

    /// <summary>The most schedules the exhaustive phase runs after the opening before the portfolio goes back to sampling.</summary>
    internal const int ExhaustiveBudget = 256;

    /// <summary>
    /// The estimate (<see cref="ExhaustiveStrategy.EstimatedSchedules"/>, known after iteration 0) above which the
    /// exhaustive phase is given up: four times its budget, so an estimate that is off by a factor of a few still
    /// lets a search that can finish run to its proof.
    /// </summary>
    internal const long AbandonAbove = 4L * ExhaustiveBudget;

    /// <summary>Iterations 0 to 3 run fixed schedules; the rotation starts at iteration 4.</summary>
    internal const int OpeningSchedules = 4;

    /// <summary>
    /// The sampling rotation, as indices into random, pct, pos, surw: half random, a third SURW, POS first and once
    /// in seven, PCT once in seven. Measured on the hard-bug programs (docs/performance.md): random and SURW find
    /// the deep bugs, and each iteration given to POS or PCT there is lost; POS first keeps the catalogue's
    /// one-ahead bugs early.
    /// </summary>
    private static readonly int[] Rotation = [2, 3, 0, 0, 3, 0, 1];

    private readonly PctStrategy pct;
    private readonly ISchedulingStrategy[] rotation;
    private readonly ExhaustiveStrategy exhaustive = new(ExhaustiveBound);

    // Iterations 1 to 3. Each is its own first schedule every time (BeginIteration(0)), so any worker can run it.
    private readonly ISchedulingStrategy[] opening = [new FixedOrderStrategy(newestFirst: true), new FixedOrderStrategy(newestFirst: false), new ExhaustiveStrategy(ExhaustiveBound + 1)];
    private readonly OperationProfile profile;
    private readonly List<int> stepsByOperation = [];
    private ISchedulingStrategy current;
    private bool exhaustiveAbandoned;
    private bool profiling;

    internal PortfolioStrategy(ulong seed, int pctDepth, OperationProfile profile)
    {
        pct = new PctStrategy(seed, pctDepth);
        this.profile = profile;
        ISchedulingStrategy[] sampling = [new RandomStrategy(seed), pct, new PosStrategy(seed), new SurwStrategy(seed, profile)];
        rotation = [.. Rotation.Select(index => sampling[index])];
        current = exhaustive;
    }

    public string Name => "portfolio";

    /// <summary>True once the exhaustive phase was given up after its first schedule (<see cref="AbandonAbove"/>).</summary>
    internal bool ExhaustivePhaseAbandoned => exhaustiveAbandoned;

    /// <summary>True once the exhaustive phase ran every schedule within its bound.</summary>
    public bool IsExhausted => exhaustive.IsExhausted;

    public void BeginIteration(int iteration)
    {
        profiling = iteration == 0;
        stepsByOperation.Clear();
        if (iteration == 0 || (InExhaustivePhase(iteration) && !exhaustiveAbandoned))
        {
            // Iteration 0 and the phase's iterations always run in order on one instance (RunsAnywhere says so),
            // so the search resumes where iteration 0 left it.
            current = exhaustive;
            exhaustive.BeginIteration(iteration == 0 ? 0 : iteration - SampledOpening);
            return;
        }

        if (iteration < OpeningSchedules)
        {
            current = opening[iteration - 1];
            current.BeginIteration(0);
            return;
        }

        current = rotation[(iteration - OpeningSchedules) % rotation.Length];
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
    public bool RunsAnywhere(int iteration) => iteration > 0 && !InExhaustivePhase(iteration);

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
