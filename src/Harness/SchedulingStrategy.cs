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
}
