using System.Collections.Concurrent;

namespace Scenarios.Plain.Quoting;

/// <summary>
/// The fixed quoter: the bodies add to a <see cref="ConcurrentBag{T}"/>, which is made for many threads adding at
/// once (a <c>lock</c> around <c>List.Add</c> would do as well).
/// </summary>
public static class BagQuoter
{
    /// <summary>Prices every line in parallel.</summary>
    /// <param name="lines">The quote's lines.</param>
    /// <returns>One total per line.</returns>
    public static IReadOnlyCollection<decimal> PriceAll(IEnumerable<QuoteLine> lines)
    {
        var totals = new ConcurrentBag<decimal>();
        Parallel.ForEach(lines, line => totals.Add(line.Total));
        return totals;
    }
}
