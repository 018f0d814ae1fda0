using System.Globalization;
using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>
/// Depth-first search over scheduling choices with a preemption bound (Musuvathi and Qadeer, PLDI 2007). Each
/// iteration replays the current prefix of choices, then takes the first untried branch that stays within the
/// bound; when an iteration ends, the deepest choice with an untried branch left moves on to it, so no schedule
/// runs twice and the search knows when the space within the bound is used up.
/// A preemption is running an item of another operation while the operation that ran the previous step still
/// has an item ready; switching when it has none (it finished or waits) is free, which is what keeps small bounds
/// meaningful. Shrinking counts preemptions the same way (<see cref="GuidedStrategy"/>). Operations, not flows:
/// an inner await resumes in a new flow, so a flow is hardly ever ready right after its own step and a per-flow
/// bound would let nearly every switch go free.
/// Unfair schedules are part of the space, so after <see cref="FairAfterSteps"/> steps an iteration stops
/// branching and runs the oldest ready item: a correct program whose operation spins while it waits for a
/// starved one is not reported as a livelock, and a loop that never exits still reaches MaxSteps.
/// </summary>
internal sealed partial class ExhaustiveStrategy : ISchedulingStrategy
{
    /// <summary>Steps searched exhaustively per iteration; after them the oldest ready item runs, like PCT turning fair.</summary>
    internal const int FairAfterSteps = PctStrategy.FairAfterSteps;

    private const int NoOperation = -1;

    // One frame per step of the current path; the ready flows and their operations of every step, flat, so
    // backtracking allocates nothing.
    private readonly List<Frame> path = [];
    private readonly List<int> flows = [];
    private readonly List<int> operations = [];
    private readonly int bound;

    internal ExhaustiveStrategy(int preemptionBound)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(preemptionBound);
        bound = preemptionBound;
    }

    public string Name => "exhaustive";

    /// <summary>True once every schedule within the bound has run.</summary>
    public bool IsExhausted { get; private set; }

    /// <summary>
    /// After the first iteration: how many schedules the search would take if every step where the first path
    /// could preempt were a two-way branch, 1 + p + p(p-1)/2 + ... up to the bound for p such steps. An estimate,
    /// not a bound: later paths may have more or fewer such steps. Lets a caller see early that the search cannot
    /// finish.
    /// </summary>
    internal long EstimatedSchedules { get; private set; }

    public void BeginIteration(int iteration)
    {
        if (iteration == 0)
        {
            path.Clear();
            flows.Clear();
            operations.Clear();
            IsExhausted = false;
            EstimatedSchedules = 0;
        }
    }

    public int Choose(IReadOnlyList<WorkItem> ready, int step)
    {
        if (step >= FairAfterSteps)
        {
            return 0;
        }

        if (step < path.Count)
        {
            CheckSameReadyWork(ready, step);
            return path[step].Chosen;
        }

        int previousOperation = step == 0 ? NoOperation : OperationAt(path[step - 1], path[step - 1].Chosen);
        int offset = flows.Count;
        int continuing = NoOperation;
        for (int i = 0; i < ready.Count; i++)
        {
            flows.Add(ready[i].FlowId);
            operations.Add(ready[i].Operation.Id);
            continuing = ready[i].Operation.Id == previousOperation ? previousOperation : continuing;
        }

        int preemptions = step == 0 ? 0 : path[step - 1].PreemptionsAfter(operations);
        var frame = new Frame(ready.Count, offset, continuing, preemptions, Chosen: 0);
        frame = frame with { Chosen = NextAllowed(frame, 0) };
        path.Add(frame);
        return frame.Chosen;
    }

    public void EndIteration(int steps)
    {
        if (steps < path.Count)
        {
            throw Nondeterministic(string.Create(CultureInfo.InvariantCulture,
                $"the iteration ended after {steps} steps, where an earlier iteration making the same choices took at least {path.Count}"));
        }

        if (EstimatedSchedules == 0)
        {
            EstimatedSchedules = Estimate(path.Count(CouldPreempt));
        }

        while (path.Count > 0)
        {
            var top = path[^1];
            int next = NextAllowed(top, top.Chosen + 1);
            if (next < top.ReadyCount)
            {
                path[^1] = top with { Chosen = next };
                return;
            }

            flows.RemoveRange(top.FlowOffset, flows.Count - top.FlowOffset);
            operations.RemoveRange(top.FlowOffset, operations.Count - top.FlowOffset);
            path.RemoveAt(path.Count - 1);
        }

        IsExhausted = true;
    }

    /// <summary>The first index from <paramref name="start"/> on that the bound allows, or the ready count when none is left.</summary>
    private int NextAllowed(Frame frame, int start)
    {
        int index = start;
        while (index < frame.ReadyCount && !frame.Allows(OperationAt(frame, index), bound))
        {
            index++;
        }

        return index;
    }

    private bool CouldPreempt(Frame frame)
    {
        for (int i = 0; i < frame.ReadyCount; i++)
        {
            if (frame.IsPreemption(OperationAt(frame, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sum of C(points, k) for k up to the bound, saturating at long.MaxValue.</summary>
    private long Estimate(int points)
    {
        long total = 1, term = 1;
        for (int k = 1; k <= Math.Min(bound, points) && total < long.MaxValue / 2; k++)
        {
            term = term > long.MaxValue / points ? long.MaxValue / 2 : term * (points - k + 1) / k;
            total = Math.Min(long.MaxValue / 2, total + term);
        }

        return total;
    }

    private int FlowAt(Frame frame, int index) => flows[frame.FlowOffset + index];

    private int OperationAt(Frame frame, int index) => operations[frame.FlowOffset + index];

    // The engine is deterministic, so the same prefix of choices must meet the same ready work every time.
    private void CheckSameReadyWork(IReadOnlyList<WorkItem> ready, int step)
    {
        var frame = path[step];
        bool same = ready.Count == frame.ReadyCount;
        for (int i = 0; same && i < ready.Count; i++)
        {
            same = ready[i].FlowId == FlowAt(frame, i);
        }

        if (!same)
        {
            string now = string.Join(", ", ready.Select(item => item.FlowId));
            string before = string.Join(", ", Enumerable.Range(0, frame.ReadyCount).Select(i => FlowAt(frame, i)));
            throw Nondeterministic(string.Create(CultureInfo.InvariantCulture,
                $"step {step} found {ready.Count} ready work item(s) (flows {now}), where an earlier iteration making the same choices found {frame.ReadyCount} (flows {before})"));
        }
    }

    private static InvalidOperationException Nondeterministic(string what) => new(
        $"Exhaustive search stopped: the test is nondeterministic. Replaying the same scheduling choices, {what}. "
        + "Something the harness does not control differs between iterations: real time (DateTime.Now, Stopwatch), unseeded Random, thread-pool work, or static state left over from an earlier iteration. "
        + "Fix: use Controlled.Time and seeded randomness, and reset static state at the start of the test.");
}
