using System.Globalization;
using Harness.Hybrid;
using Harness.Strategies;

namespace Harness.Scheduling;

/// <summary>
/// Nondeterministic choices (<see cref="Controlled.Choose"/>): a choice is a step of its own whose ready list holds
/// one synthetic item per value, all of the running operation. The strategy picks one exactly as it picks work
/// (random draws it, PCT ranks its flows, exhaustive search branches on every value, replay checks its flow), and the
/// pick is recorded in the schedule, so choices replay, shrink and count toward the step bound like scheduling
/// decisions. Nothing parks: the code goes on at once with the value, on the same thread.
/// </summary>
internal sealed partial class ControlledRuntime
{
    /// <summary>Asks the strategy for a value in [0, <paramref name="count"/>) and records it as a step of the running operation.</summary>
    internal int Choose(int count, string site)
    {
        var operation = running!;
        var values = new WorkItem[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = new WorkItem { Kind = WorkKind.Choice, Operation = operation, FlowId = nextFlowId++ };
        }

        // The step that reached the choice ends here and the choice is the next one, so schedule[step] stays the
        // decision of step 'step' and a replay meets the choice where it was recorded.
        step++;
        Progress?.Advance();
        int index;
        try
        {
            index = strategy.Choose(values, step);
        }
        catch (ReplayDivergenceException divergence)
        {
            divergenceFound = divergence;
            throw EndFromInsideStep();
        }
        catch (InvalidOperationException nondeterministic)
        {
            // Exhaustive search found different choices on a replayed prefix: a harness verdict, not the test's exception.
            workerCrash ??= nondeterministic;
            throw EndFromInsideStep();
        }

        schedule.Add(new Choice(index, values[index].FlowId));
        Trace?.Add(step, Clock.Elapsed, values[index], string.Create(CultureInfo.InvariantCulture, $"chooses {index} of 0..{count - 1} at {site}"));
        if (step >= limits.MaxSteps)
        {
            bug ??= StepBoundReached();
            throw EndFromInsideStep();
        }

        return index;
    }

    // Ends the iteration from inside a step: the thread unwinds the code under test, and its loop frame finishes.
    private IterationAbandonedException EndFromInsideStep()
    {
        over = true;
        return new IterationAbandonedException();
    }
}
