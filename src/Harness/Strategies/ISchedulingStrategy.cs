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

    /// <summary>
    /// True once the strategy has no schedule left that it has not run; the explorer then stops before the
    /// iteration limit. Only a systematic search can say this; random and PCT never are.
    /// </summary>
    bool IsExhausted { get; }

    void BeginIteration(int iteration);

    /// <summary>Returns an index into <paramref name="ready"/> (never empty).</summary>
    int Choose(IReadOnlyList<WorkItem> ready, int step);

    void EndIteration(int steps);
}
