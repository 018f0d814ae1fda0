namespace Scenarios.P21_WriteAfterComplete;

/// <summary>Feeds every bedside sensor's readings into one channel that the patient's chart follows.</summary>
public interface IBedsideMonitor
{
    /// <summary>Monitors until every sensor is unplugged and the chart has shown every reading.</summary>
    /// <param name="sensors">The sensors at the bed.</param>
    /// <param name="chart">The chart that shows the readings.</param>
    /// <returns>A task that completes when the chart has shown the last reading.</returns>
    Task MonitorAsync(IReadOnlyList<Sensor> sensors, VitalSignsChart chart);
}
