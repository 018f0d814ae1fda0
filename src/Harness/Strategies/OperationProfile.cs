namespace Harness.Strategies;

/// <summary>
/// How many steps each operation ran in iteration 0 of a search, indexed by operation id (ids follow spawn order,
/// so they mean the same operation in every iteration of a deterministic test). One instance is shared by every
/// strategy instance of a search: the instance that runs iteration 0 fills it, and worker instances, created
/// after iteration 0 finished, only read it, so iteration i depends on the seed, i and iteration 0 alone.
/// </summary>
internal sealed class OperationProfile
{
    private int[] steps = [];

    /// <summary>True once iteration 0 has been recorded.</summary>
    internal bool Recorded { get; private set; }

    /// <summary>The mean steps per operation of iteration 0 (at least 1): the estimate for an operation it did not have.</summary>
    internal double MeanSteps { get; private set; } = 1;

    /// <summary>Steps operation <paramref name="operation"/> ran in iteration 0, or the mean when it did not exist then.</summary>
    internal double StepsOf(int operation) => operation < steps.Length ? steps[operation] : MeanSteps;

    /// <summary>Adds one step of <paramref name="operation"/> to a tally indexed by operation id.</summary>
    internal static void Count(List<int> stepsByOperation, int operation)
    {
        while (stepsByOperation.Count <= operation)
        {
            stepsByOperation.Add(0);
        }

        stepsByOperation[operation]++;
    }

    /// <summary>Keeps iteration 0's counts; later calls are ignored, so later iterations never change the profile.</summary>
    internal void Record(IReadOnlyList<int> stepsByOperation)
    {
        if (Recorded)
        {
            return;
        }

        steps = [.. stepsByOperation];
        int ran = steps.Count(count => count > 0);
        MeanSteps = ran == 0 ? 1 : Math.Max(1, (double)steps.Sum() / ran);
        Recorded = true;
    }
}
