using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>
/// Decides, at every scheduling point, which ready work item runs next. A strategy sees only the ready list
/// (in the order items became ready) and their flow ids; it must be deterministic for a given seed.
/// </summary>
internal interface ISchedulingStrategy
{
    /// <summary>Short name used in reports and snapshot files.</summary>
    string Name { get; }

    void BeginIteration(int iteration);

    /// <summary>Returns an index into <paramref name="ready"/> (never empty).</summary>
    int Choose(IReadOnlyList<WorkItem> ready, int step);

    void EndIteration(int steps);
}
