using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>
/// A uniform random walk over interleavings, after the selectively uniform random walk of Fray (Li et al., 2025):
/// instead of a uniformly random ready item, it picks an operation with probability proportional to the steps it
/// still has to run, which makes every interleaving of the operations' steps about equally likely (a plain random
/// walk favours schedules that switch early and often, and finishes short operations first). The steps each
/// operation has left are estimated from iteration 0 (<see cref="OperationProfile"/>), which runs as a plain
/// random walk. Fray counts only the events on resources it selects as interesting; the engine does not know
/// which resource a waiting step will touch, so every step counts. Within the chosen operation, a ready item is
/// picked uniformly. After <see cref="PctStrategy.FairAfterSteps"/> steps the weights stop growing stale in a
/// livelocked run: it picks uniformly, like the random walk.
/// </summary>
internal sealed class SurwStrategy(ulong seed, OperationProfile profile) : IParallelStrategy
{
    private readonly List<int> stepsByOperation = [];
    private readonly List<int> candidates = [];
    private readonly List<double> weights = [];
    private SplitMix64 random;
    private bool recording;

    public string Name => "surw";

    public bool IsExhausted => false;

    public void BeginIteration(int iteration)
    {
        random = new SplitMix64(SplitMix64.ForIteration(seed, iteration));
        stepsByOperation.Clear();
        recording = iteration == 0;
    }

    public int Choose(IReadOnlyList<WorkItem> ready, int step)
    {
        int index = ready.Count == 1 ? 0
            : !profile.Recorded || step >= PctStrategy.FairAfterSteps ? random.Next(ready.Count)
            : Weighted(ready);
        OperationProfile.Count(stepsByOperation, ready[index].Operation.Id);
        return index;
    }

    public void EndIteration(int steps)
    {
        if (recording)
        {
            profile.Record(stepsByOperation);
        }
    }

    public bool RunsAnywhere(int iteration) => true;

    public void Calibrate(int firstIterationSteps)
    {
    }

    private int Weighted(IReadOnlyList<WorkItem> ready)
    {
        // One weight per operation with a ready item, in the order its first ready item appears.
        candidates.Clear();
        weights.Clear();
        double total = 0;
        for (int i = 0; i < ready.Count; i++)
        {
            int operation = ready[i].Operation.Id;
            if (!candidates.Contains(operation))
            {
                int ran = operation < stepsByOperation.Count ? stepsByOperation[operation] : 0;
                double left = Math.Max(1, profile.StepsOf(operation) - ran);
                candidates.Add(operation);
                weights.Add(left);
                total += left;
            }
        }

        double target = (random.NextUInt64() >> 11) * (1.0 / (1UL << 53)) * total;
        int chosen = candidates.Count - 1;
        for (int c = 0; c < candidates.Count; c++)
        {
            target -= weights[c];
            if (target < 0)
            {
                chosen = c;
                break;
            }
        }

        int first = -1, count = 0;
        for (int i = 0; i < ready.Count; i++)
        {
            if (ready[i].Operation.Id == candidates[chosen])
            {
                first = first < 0 ? i : first;
                count++;
            }
        }

        if (count == 1)
        {
            return first;
        }

        int pick = random.Next(count);
        for (int i = first; ; i++)
        {
            if (ready[i].Operation.Id == candidates[chosen] && pick-- == 0)
            {
                return i;
            }
        }
    }
}
