namespace Scenarios.Plain.Dunning;

/// <summary>
/// Sums the days late of every invoice with the thread-local <c>Parallel.For</c>: each worker keeps a subtotal and
/// merges it in <c>localFinally</c>. The merges run on the workers at once, so the buggy merge (<c>+=</c>) loses a
/// subtotal; the fixed one uses <see cref="Interlocked.Add(ref int, int)"/>.
/// </summary>
public static class OverdueTally
{
    /// <summary>The buggy tally: <c>total += subtotal</c> in localFinally.</summary>
    /// <param name="daysLate">Each invoice's days past due.</param>
    /// <returns>The sum.</returns>
    public static int Racy(int[] daysLate)
    {
        ArgumentNullException.ThrowIfNull(daysLate);
        int total = 0;
        Parallel.For(0, daysLate.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, () => 0, (index, state, subtotal) => subtotal + daysLate[index], subtotal => total += subtotal);
        return total;
    }

    /// <summary>The fixed tally: Interlocked.Add in localFinally.</summary>
    /// <param name="daysLate">Each invoice's days past due.</param>
    /// <returns>The sum.</returns>
    public static int Merged(int[] daysLate)
    {
        ArgumentNullException.ThrowIfNull(daysLate);
        int total = 0;
        Parallel.For(0, daysLate.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, () => 0, (index, state, subtotal) => subtotal + daysLate[index], subtotal => Interlocked.Add(ref total, subtotal));
        return total;
    }
}
