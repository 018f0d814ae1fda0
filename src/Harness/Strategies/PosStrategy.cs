using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>
/// Partial-order sampling (Yuan, Yang and Gu, CAV 2018), as far as the engine can see: every ready work item (an
/// event, in the paper's terms) gets a random priority when it becomes ready and keeps it while it waits, and the
/// ready item with the highest priority runs. The paper also redraws the priorities of waiting events that race
/// with the one just run; the engine does not know what a waiting item will touch before it runs, so no
/// priority is redrawn and POS here samples with the paper's "no known races" weights. Runs of one flow end at a
/// random point, like a PCT change point, but without a depth to tune.
/// Like PCT it is unfair, and after <see cref="PctStrategy.FairAfterSteps"/> steps it picks uniformly at random,
/// so a spin-wait on a starved operation is not reported as a livelock.
/// </summary>
internal sealed class PosStrategy(ulong seed) : IParallelStrategy
{
    private readonly Dictionary<WorkItem, ulong> priorities = new(ReferenceEqualityComparer.Instance);
    private SplitMix64 random;

    public string Name => "pos";

    public bool IsExhausted => false;

    public void BeginIteration(int iteration)
    {
        random = new SplitMix64(SplitMix64.ForIteration(seed, iteration));
        priorities.Clear();
    }

    public int Choose(IReadOnlyList<WorkItem> ready, int step)
    {
        if (step >= PctStrategy.FairAfterSteps)
        {
            return ready.Count == 1 ? 0 : random.Next(ready.Count);
        }

        int best = 0;
        ulong bestPriority = 0;
        for (int i = 0; i < ready.Count; i++)
        {
            if (!priorities.TryGetValue(ready[i], out ulong priority))
            {
                // Drawn in ready-list order, so the same schedule prefix draws the same priorities.
                priority = random.NextUInt64() | 1;
                priorities[ready[i]] = priority;
            }

            if (priority > bestPriority)
            {
                best = i;
                bestPriority = priority;
            }
        }

        priorities.Remove(ready[best]);
        return best;
    }

    public void EndIteration(int steps)
    {
    }

    public bool RunsAnywhere(int iteration) => true;

    public void Calibrate(int firstIterationSteps)
    {
    }
}
