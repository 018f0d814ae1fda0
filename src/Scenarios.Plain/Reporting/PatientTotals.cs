namespace Scenarios.Plain.Reporting;

/// <summary>The fixed totals: a request that cannot get the lock in time retries instead of counting without it.</summary>
public sealed class PatientTotals : IOrderTotals
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
        while (!Monitor.TryEnter(gate, 100))
        {
            // The import is slow today: try again rather than count without the lock.
        }

        try
        {
            orders++;
        }
        finally
        {
            Monitor.Exit(gate);
        }
    }
}
