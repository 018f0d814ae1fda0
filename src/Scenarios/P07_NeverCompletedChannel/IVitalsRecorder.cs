namespace Scenarios.P07_NeverCompletedChannel;

/// <summary>
/// Records readings from every bedside device through one background writer, so the devices never write to
/// the table concurrently.
/// </summary>
public interface IVitalsRecorder
{
    /// <summary>Queues a reading for the background writer.</summary>
    /// <param name="vital">The reading.</param>
    /// <returns>A task that completes once the reading is stored.</returns>
    Task RecordAsync(VitalSign vital);
}
