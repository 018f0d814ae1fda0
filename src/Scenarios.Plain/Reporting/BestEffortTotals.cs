namespace Scenarios.Plain.Reporting;

/// <summary>
/// The buggy totals: a request will not wait more than 100 ms for the lock, and when the import holds it longer it
/// counts the order anyway, without the lock ("best effort"). The import then writes back the count it read before
/// the request's increment, and the order is lost.
/// </summary>
public sealed class BestEffortTotals : IOrderTotals
{
    private readonly object gate = new();
    private int orders;

    /// <inheritdoc/>
    public int Orders
    {
        get
        {
            lock (gate)
            {
                return orders;
            }
        }
    }

    /// <inheritdoc/>
    public void Import(int count)
    {
        lock (gate)
        {
            int before = orders;
            Thread.Sleep(500); // reading the batch from the order table
            orders = before + count;
        }
    }

    /// <inheritdoc/>
    public void RecordOrder()
    {
        bool locked = Monitor.TryEnter(gate, 100);
        try
        {
            orders++;
        }
        finally
        {
            if (locked)
            {
                Monitor.Exit(gate);
            }
        }
    }
}
