namespace Scenarios.Plain.Quoting;

/// <summary>
/// The buggy quoter: it prices the lines with <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/>
/// and every body adds its total to one <see cref="List{T}"/>. List.Add is not thread-safe: two bodies that add at
/// once can write the same slot, and a total is lost.
/// </summary>
public static class ListQuoter
{
    /// <summary>Prices every line in parallel.</summary>
    /// <param name="lines">The quote's lines.</param>
    /// <returns>One total per line.</returns>
    public static IReadOnlyCollection<decimal> PriceAll(IEnumerable<QuoteLine> lines)
    {
        var totals = new List<decimal>();
        Parallel.ForEach(lines, line => totals.Add(line.Total));
        return totals;
    }
}
