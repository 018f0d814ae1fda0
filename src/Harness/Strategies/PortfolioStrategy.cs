using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>
/// The default: a strategy nobody has to tune. It alternates random and PCT schedules first (between them they
/// find shallow bugs and bugs that need a few well-placed preemptions within a handful of iterations), then runs a
/// bounded exhaustive search with <see cref="ExhaustiveBound"/> preemptions for up to <see cref="ExhaustiveBudget"/>
/// schedules, which ends the run with a proof ("all N schedules within preemption bound 2 explored") when the test
/// is small, and spends the iterations left on random and PCT again when it is not.
/// Random and PCT schedules take their seeds from the global iteration number, so the same settings always give
/// the same schedules.
/// </summary>
internal sealed class PortfolioStrategy : IParallelStrategy
{
    /// <summary>Random and PCT iterations before the exhaustive phase.</summary>
    internal const int OpeningIterations = 32;

    /// <summary>The exhaustive phase's preemption bound.</summary>
    internal const int ExhaustiveBound = 2;

    /// <summary>The most schedules the exhaustive phase runs before the portfolio goes back to random and PCT.</summary>
    internal const int ExhaustiveBudget = 256;

    private readonly RandomStrategy random;
    private readonly PctStrategy pct;
    private readonly ExhaustiveStrategy exhaustive = new(ExhaustiveBound);
    private ISchedulingStrategy current;

    internal PortfolioStrategy(ulong seed, int pctDepth)
    {
        random = new RandomStrategy(seed);
        pct = new PctStrategy(seed, pctDepth);
        current = random;
    }

    public string Name => "portfolio";

    /// <summary>True once the exhaustive phase ran every schedule within its bound.</summary>
    public bool IsExhausted => exhaustive.IsExhausted;

    public void BeginIteration(int iteration)
    {
        if (InExhaustivePhase(iteration))
        {
            // The phase's iterations always run in order on one instance (RunsAnywhere says so).
            current = exhaustive;
            exhaustive.BeginIteration(iteration - OpeningIterations);
            return;
        }

        current = iteration % 2 == 0 ? random : pct;
        current.BeginIteration(iteration);
    }

    public int Choose(IReadOnlyList<WorkItem> ready, int step) => current.Choose(ready, step);

    public bool RunsAnywhere(int iteration) => !InExhaustivePhase(iteration);

    public void Calibrate(int firstIterationSteps) => pct.Calibrate(firstIterationSteps);

    public void EndIteration(int steps)
    {
        current.EndIteration(steps);
        if (current != pct)
        {
            // PCT places its change points over the length of the first iteration, whichever strategy ran it.
            pct.Calibrate(steps);
        }
    }

    private static bool InExhaustivePhase(int iteration) =>
        iteration >= OpeningIterations && iteration < OpeningIterations + ExhaustiveBudget;
}
