using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>
/// Follows a shrinking candidate: at step i it runs what <c>directives[i]</c> names when that is ready, and
/// otherwise (a null directive, nothing of it ready, or past the end of the list) makes the non-preemptive
/// choice: the first ready item of the previous step's operation, else the first ready item. A preemption is a
/// switch away from an operation that could have continued; flows would be too fine for this, since an inner
/// await resumes in a new flow and a flow is hardly ever ready right after its own step. The strategy records
/// what it ran and where it preempted, so candidates are compared by the schedules they actually ran.
/// </summary>
internal sealed class GuidedStrategy(IReadOnlyList<Directive?> directives) : ISchedulingStrategy
{
    private readonly List<Directive> taken = [];
    private readonly List<int> preemptionSteps = [];
    private Operation? previous;

    public string Name => "guided";

    public bool IsExhausted => false;

    /// <summary>What each step ran, as directives that repeat this run when followed.</summary>
    internal IReadOnlyList<Directive> Taken => taken;

    /// <summary>Steps at which an item of another operation ran while the previous step's operation had one ready.</summary>
    internal IReadOnlyList<int> PreemptionSteps => preemptionSteps;

    public void BeginIteration(int iteration)
    {
        previous = null;
        taken.Clear();
        preemptionSteps.Clear();
    }

    public int Choose(IReadOnlyList<WorkItem> ready, int step)
    {
        int continuing = previous is null ? -1 : FirstOf(ready, previous.Id);
        int index = step < directives.Count && directives[step] is { } wanted ? Fit(ready, wanted) : -1;
        if (index < 0)
        {
            index = Math.Max(continuing, 0);
        }

        var chosen = ready[index];
        if (continuing >= 0 && chosen.Operation != previous)
        {
            preemptionSteps.Add(step);
        }

        previous = chosen.Operation;
        taken.Add(new Directive(new Choice(index, chosen.FlowId), chosen.Operation.Id));
        return index;
    }

    public void EndIteration(int steps)
    {
    }

    private static int Fit(IReadOnlyList<WorkItem> ready, Directive wanted)
    {
        var (choice, operation) = wanted;
        if (choice.Index < ready.Count && Matches(ready[choice.Index], choice.Flow, operation))
        {
            return choice.Index;
        }

        for (int i = 0; i < ready.Count; i++)
        {
            if (Matches(ready[i], choice.Flow, operation))
            {
                return i;
            }
        }

        // The flow ids moved (flows appeared in another order than recorded), but the operation is still there.
        return operation == Directive.UnknownOperation ? -1 : FirstOf(ready, operation);
    }

    private static bool Matches(WorkItem item, int flow, int operation) =>
        item.FlowId == flow && (operation == Directive.UnknownOperation || item.Operation.Id == operation);

    private static int FirstOf(IReadOnlyList<WorkItem> ready, int operation)
    {
        for (int i = 0; i < ready.Count; i++)
        {
            if (ready[i].Operation.Id == operation)
            {
                return i;
            }
        }

        return -1;
    }
}
