namespace Scenarios.Plain.Metering;

/// <summary>A dedicated meter-reader thread records the line's reading while the request handler records its own.</summary>
public static class MeterRoom
{
    /// <summary>Starts the reader thread, records a request's units, and joins the reader, as older services do.</summary>
    /// <param name="meter">The meter under test.</param>
    /// <returns>The units recorded once the reader has finished.</returns>
    public static int RecordWithReaderThread(IUsageMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        var reader = new Thread(() => meter.Record(5)) { Name = "meter reader", IsBackground = true };
        reader.Start();
        meter.Record(3);
        reader.Join();
        return meter.Units;
    }

    /// <summary>
    /// Starts a reader thread that waits for a shutdown signal nobody gives, and returns without joining it: the
    /// thread outlives its caller (a foreground thread would also keep the process from exiting).
    /// </summary>
    /// <param name="meter">The meter the reader records into.</param>
    public static void StartReaderWithoutStopping(IUsageMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        var shutdown = new ManualResetEventSlim();
        var reader = new Thread(() =>
        {
            shutdown.Wait();
            meter.Record(5);
        })
        { Name = "meter reader" };
        reader.Start();
    }
}
