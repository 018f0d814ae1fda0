using System.Globalization;
using Harness;

namespace Scenarios.P21_WriteAfterComplete;

/// <summary>
/// P21: a heart-rate sensor and an SpO2 sensor feed one channel that the patient's chart follows; both are
/// unplugged after three readings. Every reading must reach the chart and monitoring must end cleanly. The
/// buggy monitor lets whichever pump finishes first complete the feed while the other may still be writing.
/// </summary>
public static class WriteAfterComplete
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P21",
        "writing to a channel after it is completed",
        BugKind.UnhandledException,
        () => MonitorOneBed(new BedsideMonitor()),
        () => MonitorOneBed(new OwnerCompletedBedsideMonitor()));

    private static async Task MonitorOneBed(IBedsideMonitor monitor)
    {
        Sensor[] sensors = [new("heart rate", 72, 75, 71), new("SpO2", 98, 97, 98)];
        var chart = new VitalSignsChart();

        await monitor.MonitorAsync(sensors, chart);

        int sent = sensors.Sum(sensor => sensor.ReadingCount);
        Invariant.Assert(
            chart.Shown.Count == sent,
            string.Create(CultureInfo.InvariantCulture, $"the chart shows every reading: {chart.Shown.Count} of {sent}"));
    }
}
