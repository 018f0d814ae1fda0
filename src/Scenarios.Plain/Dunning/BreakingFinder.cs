namespace Scenarios.Plain.Dunning;

/// <summary>
/// The fixed finder: each overdue body calls <see cref="ParallelLoopState.Break"/>, which lets every lower index
/// still run, and the loop's <see cref="ParallelLoopResult.LowestBreakIteration"/> is the first overdue invoice
/// whatever order the bodies ran in. No body writes shared state.
/// </summary>
public static class BreakingFinder
{
    /// <summary>Finds the first overdue invoice.</summary>
    /// <param name="daysLate">Each invoice's days past due.</param>
    /// <returns>The first overdue index, or -1.</returns>
    public static int FirstOverdue(int[] daysLate)
    {
        ArgumentNullException.ThrowIfNull(daysLate);
        var loop = Parallel.For(0, daysLate.Length, (index, state) =>
        {
            if (daysLate[index] > 30)
            {
                state.Break();
            }
        });
        return loop.LowestBreakIteration is long first ? (int)first : -1;
    }
}
