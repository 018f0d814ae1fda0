namespace Scenarios.Plain.Dunning;

/// <summary>
/// The buggy finder: it looks for the first overdue invoice with <see cref="Parallel.For(int, int, Action{int, ParallelLoopState})"/>,
/// keeps the index of the match it sees and calls <see cref="ParallelLoopState.Stop"/>. Stop only ends the loop: the
/// bodies run in no fixed order, so a later overdue invoice can be the one seen, and Stop keeps the earlier one from
/// ever starting.
/// </summary>
public static class StoppingFinder
{
    /// <summary>Finds an overdue invoice, meant to be the first.</summary>
    /// <param name="daysLate">Each invoice's days past due.</param>
    /// <returns>The index found, or -1.</returns>
    public static int FirstOverdue(int[] daysLate)
    {
        ArgumentNullException.ThrowIfNull(daysLate);
        int found = -1;
        Parallel.For(0, daysLate.Length, (index, state) =>
        {
            if (daysLate[index] > 30)
            {
                found = index;
                state.Stop();
            }
        });
        return found;
    }
}
