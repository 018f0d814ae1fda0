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

    /// <summary>
    /// The default, for tests nobody wants to tune: 32 schedules alternating random and PCT (depth
    /// <see cref="ExplorationOptions.StrategyBound"/>), then bounded exhaustive search with 2 preemptions for up to
    /// 256 schedules, which stops the run with a proof when the test is that small, then random and PCT again for
    /// the iterations left. Runs at most <see cref="ExplorationOptions.Iterations"/> schedules, like the others.
    /// </summary>
    Portfolio,
}
