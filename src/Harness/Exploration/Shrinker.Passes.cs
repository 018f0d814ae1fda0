using Harness.Strategies;

namespace Harness.Exploration;

/// <summary>
/// The ways candidates are made from the best schedule so far, cheapest and strongest first. Each pass
/// returns true when it improved the best schedule, and the shrinker then starts again from the first pass,
/// because a schedule with fewer steps may let a preemption go that could not go before.
/// </summary>
internal sealed partial class Shrinker
{
    /// <summary>
    /// Keeps the schedule up to its j-th preemption and runs non-preemptively from there, for j = 0, 1, ...:
    /// the first that still fails has j preemptions. Many bugs need only the first switch or two, and the last
    /// candidate (every preemption kept) still drops the switches-free detours after the last one.
    /// </summary>
    private bool KeepPrefixes()
    {
        var current = best!;
        for (int kept = 0; kept <= current.Preemptions && !Exhausted; kept++)
        {
            int length = kept == 0 ? 0 : current.PreemptionSteps[kept - 1] + 1;
            if (Try(Directives(current.Steps.Take(length))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces one preemptive choice by the non-preemptive one and keeps every other choice.</summary>
    private bool DropPreemptions()
    {
        bool improved = false;
        for (int i = 0; i < best!.Preemptions && !Exhausted;)
        {
            var current = best;
            var directives = Directives(current.Steps);
            directives[current.PreemptionSteps[i]] = null;

            // On success the preemptions before i are unchanged and the i-th is a new one, so i is tried again.
            if (Try(directives))
            {
                improved = true;
            }
            else
            {
                i++;
            }
        }

        return improved;
    }

    /// <summary>
    /// Removes every step of one operation (it then runs only where nothing else is asked for, or not at all
    /// before the bug shows): operations that merely add noise drop out whole.
    /// </summary>
    private bool DropOperations()
    {
        bool improved = false;
        var operations = best!.Steps.Select(step => step.Operation).Distinct().ToList();
        foreach (int operation in operations)
        {
            if (Exhausted)
            {
                break;
            }

            improved |= Try(Directives(best.Steps.Where(step => step.Operation != operation)));
        }

        return improved;
    }

    /// <summary>
    /// Delta debugging over units of the schedule (bursts, then single steps): removes chunks of half the units,
    /// then quarters, down to single units. Bursts come first because cutting whole bursts keeps the operations
    /// around a cut from being switched away from midway. The work a removed chunk ran stays ready and runs
    /// later, so the bug can come sooner.
    /// </summary>
    private bool DropChunks(Func<IReadOnlyList<Directive>, List<int>> units)
    {
        bool improved = false;
        for (int size = units(best!.Steps).Count / 2; size >= 1 && !Exhausted; size /= 2)
        {
            for (int first = 0; !Exhausted;)
            {
                var steps = best.Steps;
                var starts = units(steps);
                if (first >= starts.Count)
                {
                    break;
                }

                int from = starts[first];
                int to = first + size < starts.Count ? starts[first + size] : steps.Count;
                if (Try(Directives(steps.Take(from).Concat(steps.Skip(to)))))
                {
                    improved = true;
                }
                else
                {
                    first += size;
                }
            }
        }

        return improved;
    }

    private static List<int> Steps(IReadOnlyList<Directive> steps) => [.. Enumerable.Range(0, steps.Count)];

    /// <summary>The first step of each burst of consecutive steps by the same operation.</summary>
    private static List<int> Bursts(IReadOnlyList<Directive> steps)
    {
        var starts = new List<int>();
        for (int i = 0; i < steps.Count; i++)
        {
            if (i == 0 || steps[i].Operation != steps[i - 1].Operation)
            {
                starts.Add(i);
            }
        }

        return starts;
    }
}
