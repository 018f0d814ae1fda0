namespace Harness;

/// <summary>How the harness chooses among ready operations at each scheduling point.</summary>
public enum SchedulingStrategy
{
    /// <summary>Uniformly random choice at each point (seeded). Cheap; good at shallow bugs.</summary>
    Random,

    /// <summary>
    /// Probabilistic Concurrency Testing: random priorities per flow with <see cref="ExplorationOptions.StrategyBound"/>
    /// minus one priority change points. Good at bugs that need a few well-placed preemptions.
    /// </summary>
    Pct,

    /// <summary>
    /// Bounded exhaustive search: depth-first over scheduling choices, running every schedule with at most
    /// <see cref="ExplorationOptions.StrategyBound"/> preemptions exactly once, then stopping
    /// (<see cref="ExplorationResult.SearchSpaceExhausted"/>) unless <see cref="ExplorationOptions.Iterations"/> runs out first.
    /// A preemption is switching away from the flow that ran last while it could still continue.
    /// Best for small tests, where it proves that no schedule within the bound fails.
    /// </summary>
    Exhaustive,
}
