namespace Scenarios.Plain.Pricing;

/// <summary>
/// Prices read by many requests and raised now and then, behind a <see cref="ReaderWriterLockSlim"/>. The quick
/// version reads under the read lock and writes under the write lock, with a gap between them where another raise
/// can read the same old price: one raise is lost. The careful version holds the upgradeable read lock across the
/// read and the write, so a second raise waits for the first.
/// </summary>
public sealed class PriceList(bool upgradeable)
{
    private readonly ReaderWriterLockSlim gate = new();
    private int price = 100;

    /// <summary>The current price.</summary>
    public int Price
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return price;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    /// <summary>Raises the price by <paramref name="amount"/>.</summary>
    /// <param name="amount">How much to add.</param>
    public void Raise(int amount)
    {
        if (upgradeable)
        {
            gate.EnterUpgradeableReadLock();
        }
        else
        {
            gate.EnterReadLock();
        }

        int current = price;
        if (!upgradeable)
        {
            gate.ExitReadLock();
        }

        gate.EnterWriteLock();
        price = current + amount;
        gate.ExitWriteLock();
        if (upgradeable)
        {
            gate.ExitUpgradeableReadLock();
        }
    }

    /// <summary>Two raises on thread-pool tasks, waited for as a job does.</summary>
    /// <param name="prices">The price list under test.</param>
    public static void RaiseTwice(PriceList prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        Task.WaitAll(Task.Run(() => prices.Raise(5)), Task.Run(() => prices.Raise(7)));
    }
}
