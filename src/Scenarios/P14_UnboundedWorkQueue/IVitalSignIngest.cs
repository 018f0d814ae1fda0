namespace Scenarios.P14_UnboundedWorkQueue;

/// <summary>Takes readings from bedside monitors and has them scored; its memory must stay bounded under bursts.</summary>
public interface IVitalSignIngest
{
    /// <summary>Readings the ingest may hold waiting for a worker; more means a burst can exhaust memory.</summary>
    static int MaxBacklog => 4;

    /// <summary>The most readings that ever waited in the queue at once (the queue-depth gauge on the dashboard).</summary>
    int PeakBacklog { get; }

    /// <summary>Accepts a batch of readings, as a monitor sends them, and scores them all.</summary>
    /// <param name="readings">The readings, oldest first.</param>
    /// <returns>The readings that should alert the nurse.</returns>
    Task<IReadOnlyList<VitalSign>> IngestAsync(IReadOnlyList<VitalSign> readings);
}
