namespace Scenarios.Plain.Catalog;

/// <summary>
/// A product cache guarded by the old <c>ReaderWriterLock</c>, as .NET Framework code wrote it: look under the reader
/// lock, upgrade to load on a miss. <c>UpgradeToWriterLock</c> gives up the read lock before it waits, so another
/// caller may load in between; the buggy form loads again, the fixed form rechecks with <c>AnyWritersSince</c>.
/// </summary>
public sealed class LegacyProductCache
{
    private readonly ReaderWriterLock gate = new();
    private readonly Dictionary<int, string> products = [];

    /// <summary>How many times a product was loaded from the store.</summary>
    public int Loads { get; private set; }

    /// <summary>Buggy: after the upgrade it assumes the miss it saw still holds.</summary>
    /// <param name="id">The product.</param>
    /// <returns>The product's name.</returns>
    public string GetAssumingMiss(int id) => Get(id, recheck: false);

    /// <summary>Fixed: after the upgrade it looks again when another writer got in first.</summary>
    /// <param name="id">The product.</param>
    /// <returns>The product's name.</returns>
    public string GetRechecking(int id) => Get(id, recheck: true);

    private string Get(int id, bool recheck)
    {
        gate.AcquireReaderLock(Timeout.Infinite);
        try
        {
            if (products.TryGetValue(id, out string? name))
            {
                return name;
            }

            int seen = gate.WriterSeqNum;
            var cookie = gate.UpgradeToWriterLock(Timeout.Infinite);
            try
            {
                if (recheck && gate.AnyWritersSince(seen) && products.TryGetValue(id, out name))
                {
                    return name;
                }

                Loads++;
                name = $"product {id}";
                products[id] = name;
                return name;
            }
            finally
            {
                gate.DowngradeFromWriterLock(ref cookie);
            }
        }
        finally
        {
            gate.ReleaseReaderLock();
        }
    }
}
