using Harness.Scheduling;

namespace Harness.Exploration;

/// <summary>What a search over iterations ended with, before shrinking and the traced re-run.</summary>
/// <param name="Bug">The failing iteration with the lowest index, or null.</param>
/// <param name="Iterations">Iterations counted: up to and including the failing one, else every one run.</param>
/// <param name="Steps">Steps of the counted iterations.</param>
internal sealed record SearchOutcome(IterationOutcome? Bug, int Iterations, long Steps)
{
    /// <summary>Iterations this run executed: fewer than <see cref="Iterations"/> on a shard, which skips the others' indices.</summary>
    internal int Ran { get; init; } = Iterations;
}
