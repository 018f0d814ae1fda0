using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>
/// One schedule, the same every iteration: the oldest ready item at every step (every operation takes its turn,
/// a round-robin that interleaves as much as the program allows) or the newest (what was just made ready runs
/// at once, so one chain of work runs far ahead of the rest). The portfolio opens with them: each finds, in one
/// iteration, bugs that random sampling needs several for. After <see cref="PctStrategy.FairAfterSteps"/> steps
/// both run the oldest ready item, so a correct program that spins while it waits for a starved operation ends.
/// </summary>
internal sealed class FixedOrderStrategy(bool newestFirst) : ISchedulingStrategy
{
    public string Name => newestFirst ? "newest-first" : "oldest-first";

    public bool IsExhausted => false;

    public void BeginIteration(int iteration)
    {
    }

    public int Choose(IReadOnlyList<WorkItem> ready, int step) =>
        newestFirst && step < PctStrategy.FairAfterSteps ? ready.Count - 1 : 0;

    public void EndIteration(int steps)
    {
    }
}
