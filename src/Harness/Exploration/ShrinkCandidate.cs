using Harness.Strategies;

namespace Harness.Exploration;

/// <summary>
/// A run the shrinker accepted: the choices it actually made (<see cref="Schedule"/>, what replay follows), the
/// same steps as directives for the next candidates, the steps where it preempted, and its bug.
/// </summary>
internal sealed record ShrinkCandidate(IReadOnlyList<Choice> Schedule, IReadOnlyList<Directive> Steps, IReadOnlyList<int> PreemptionSteps, BugReport Bug)
{
    internal int Preemptions => PreemptionSteps.Count;

    /// <summary>Fewer preemptions first, then fewer steps: a schedule with one switch is easier to read than a short one with three.</summary>
    internal bool IsSmallerThan(ShrinkCandidate? other) =>
        other is null
        || Preemptions < other.Preemptions
        || (Preemptions == other.Preemptions && Schedule.Count < other.Schedule.Count);
}
