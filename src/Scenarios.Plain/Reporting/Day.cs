namespace Scenarios.Plain.Reporting;

/// <summary>One day of the order service: the nightly import and a request run at once, and the job waits for both.</summary>
public static class Day
{
    /// <summary>Runs the import of 5 orders and one placed order on thread-pool tasks, and blocks until both are done.</summary>
    /// <param name="totals">The totals under test.</param>
    public static void Run(IOrderTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var import = Task.Run(() => totals.Import(5));
        var request = Task.Run(totals.RecordOrder);
        Task.WaitAll(import, request);
    }
}
