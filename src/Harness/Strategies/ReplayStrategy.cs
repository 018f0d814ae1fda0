using System.Globalization;
using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>Replays a recorded list of choices and stops with the step number as soon as the program diverges.</summary>
internal sealed class ReplayStrategy(IReadOnlyList<Choice> schedule) : ISchedulingStrategy
{
    public string Name => "replay";

    public bool IsExhausted => false;

    internal IReadOnlyList<Choice> Schedule => schedule;

    public void BeginIteration(int iteration)
    {
    }

    public int Choose(IReadOnlyList<WorkItem> ready, int step)
    {
        if (step >= schedule.Count)
        {
            throw new ReplayDivergenceException(step, string.Create(CultureInfo.InvariantCulture,
                $"the recorded schedule ends after {schedule.Count} steps, but the program still has {ready.Count} ready work item(s): {Describe(ready)}"));
        }

        var expected = schedule[step];
        if (expected.Index < ready.Count && ready[expected.Index].FlowId == expected.Flow)
        {
            return expected.Index;
        }

        throw new ReplayDivergenceException(step, string.Create(CultureInfo.InvariantCulture,
            $"the recording chose flow {expected.Flow} at position {expected.Index}, but the ready work is: {Describe(ready)}"), choiceUnavailable: true);
    }

    public void EndIteration(int steps)
    {
    }

    private static string Describe(IReadOnlyList<WorkItem> ready) =>
        string.Join(", ", ready.Select((item, i) => string.Create(CultureInfo.InvariantCulture, $"[{i}] flow {item.FlowId} ({item.Operation.Name})")));
}
