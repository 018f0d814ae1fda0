using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>
/// Probabilistic Concurrency Testing (Burckhardt et al., ASPLOS 2010): every flow gets a random priority, the
/// highest-priority ready flow always runs, and at <c>depth - 1</c> random steps the running flow drops to the
/// lowest priority. Finds a bug of depth d with probability at least 1/(n·k^(d-1)) per iteration.
/// Unlike Coyote, change points are placed from the first iteration on, using an estimate of the length.
/// PCT is unfair on purpose; after <see cref="FairAfterSteps"/> steps it picks uniformly at random, so a correct
/// program whose operations spin while they wait for a starved one is not reported as a livelock.
/// </summary>
internal sealed class PctStrategy : IParallelStrategy
{
    private const int InitialLengthEstimate = 64;

    /// <summary>Steps after which priorities stop mattering: bugs PCT targets need few steps, livelock checks many.</summary>
    internal const int FairAfterSteps = 1_000;

    private readonly ulong seed;
    private readonly int depth;
    private readonly Dictionary<int, long> priorities = [];
    private readonly HashSet<int> changePoints = [];
    private SplitMix64 random;
    private int lengthEstimate = InitialLengthEstimate;
    private bool calibrated;
    private int changesMade;

    internal PctStrategy(ulong seed, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        this.seed = seed;
        this.depth = depth;
    }

    public string Name => "pct";

    public bool IsExhausted => false;

    public void BeginIteration(int iteration)
    {
        random = new SplitMix64(SplitMix64.ForIteration(seed, iteration));
        priorities.Clear();
        changePoints.Clear();
        changesMade = 0;
        int wanted = Math.Min(depth - 1, lengthEstimate);
        while (changePoints.Count < wanted)
        {
            changePoints.Add(random.Next(lengthEstimate));
        }
    }

    public int Choose(IReadOnlyList<WorkItem> ready, int step)
    {
        if (step >= FairAfterSteps)
        {
            return ready.Count == 1 ? 0 : random.Next(ready.Count);
        }

        int best = HighestPriority(ready);
        if (changePoints.Contains(step))
        {
            // Demoted flows sit below every initial priority, later demotions lower still.
            changesMade++;
            priorities[ready[best].FlowId] = depth - changesMade - (long)int.MaxValue;
            best = HighestPriority(ready);
        }

        return best;
    }

    public void EndIteration(int steps) => Calibrate(steps);

    public bool RunsAnywhere(int iteration) => true;

    /// <summary>
    /// Sets the horizon for change points from the first iteration's length, once. Only the first: an estimate
    /// that grew with later iterations would make iteration i depend on every iteration before it, and a run
    /// split between workers could not give the same schedules as one run.
    /// </summary>
    public void Calibrate(int steps)
    {
        if (!calibrated)
        {
            lengthEstimate = Math.Max(1, steps);
            calibrated = true;
        }
    }

    private int HighestPriority(IReadOnlyList<WorkItem> ready)
    {
        int best = 0;
        long bestPriority = long.MinValue;
        for (int i = 0; i < ready.Count; i++)
        {
            long priority = PriorityOf(ready[i].FlowId);
            if (priority > bestPriority)
            {
                best = i;
                bestPriority = priority;
            }
        }

        return best;
    }

    private long PriorityOf(int flow)
    {
        if (!priorities.TryGetValue(flow, out long priority))
        {
            // Unique random priorities: random high bits, flow id as tie-breaker.
            priority = ((long)(random.NextUInt64() >> 34) << 20) | (uint)(flow & 0xFFFFF);
            priorities[flow] = priority;
        }

        return priority;
    }
}
