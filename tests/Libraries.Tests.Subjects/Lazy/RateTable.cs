namespace Libraries.Subjects.Lazy;

/// <summary>
/// Exchange rates loaded on first use and shared by every caller. The default <see cref="Lazy{T}"/> loads once;
/// the lock-free variant (<see cref="LazyThreadSafetyMode.PublicationOnly"/>) lets two first callers both load,
/// which is wrong when a load costs (a call to a paid service, say).
/// </summary>
public sealed class RateTable
{
    private readonly Lazy<IReadOnlyDictionary<string, decimal>> rates;
    private int loads;

    public RateTable(bool lockFree) =>
        rates = new Lazy<IReadOnlyDictionary<string, decimal>>(Load, lockFree ? LazyThreadSafetyMode.PublicationOnly : LazyThreadSafetyMode.ExecutionAndPublication);

    public int Loads => loads;

    public decimal Rate(string currency) => rates.Value[currency];

    private Dictionary<string, decimal> Load()
    {
        loads++;
        return new Dictionary<string, decimal> { ["EUR"] = 1.1m, ["GBP"] = 1.3m };
    }
}
