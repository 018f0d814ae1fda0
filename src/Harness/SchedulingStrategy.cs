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
    /// The default, for tests nobody wants to tune: four fixed schedules, the same for every seed (bounded exhaustive
    /// search's first, the newest ready item first, the oldest ready item first, the first with one more
    /// preemption), then 28 schedules rotating random, SURW, POS and PCT (depth
    /// <see cref="ExplorationOptions.StrategyBound"/>), then the exhaustive search with 2 preemptions resumes for up
    /// to 256 more schedules, which stops the run with a proof when the test is that small (it is given up at once
    /// when its first schedule shows it cannot finish), then the rotation again for the iterations left. Runs at
    /// most <see cref="ExplorationOptions.Iterations"/> schedules, like the others.
    /// </summary>
    Portfolio,

    /// <summary>
    /// Partial-order sampling (Yuan et al., CAV 2018): every ready work item gets a random priority when it becomes
    /// ready and the highest one runs, so each run of a flow ends at a random point. No bound to tune; ignores
    /// <see cref="ExplorationOptions.StrategyBound"/>.
    /// </summary>
    Pos,

    /// <summary>
    /// A uniform random walk over interleavings (after Fray's selectively uniform random walk, 2025): picks an
    /// operation with probability proportional to the steps it has left, estimated from the first iteration, so
    /// long operations are not starved of interleavings. Ignores <see cref="ExplorationOptions.StrategyBound"/>.
    /// </summary>
    Surw,
}
