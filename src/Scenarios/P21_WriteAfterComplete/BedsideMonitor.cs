using System.Threading.Channels;
using Harness;

namespace Scenarios.P21_WriteAfterComplete;

/// <summary>
/// The buggy monitor: each sensor's pump completes the feed when its sensor is unplugged ("the sender closes
/// the channel"). With two senders, the first one done closes the feed under the other, whose next write
/// throws; TryComplete only hides the second completion (Go's send on a closed channel, and close twice).
/// </summary>
public sealed class BedsideMonitor : IBedsideMonitor
{
    private readonly Channel<VitalSign> feed = Channel.CreateUnbounded<VitalSign>();

    /// <inheritdoc/>
    public async Task MonitorAsync(IReadOnlyList<Sensor> sensors, VitalSignsChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var following = Controlled.Run(() => chart.FollowAsync(feed.Reader), "chart");
        await Task.WhenAll(sensors.Select(sensor => Controlled.Run(() => PumpAsync(sensor), sensor.Name)));
        await following;
    }

    private async Task PumpAsync(Sensor sensor)
    {
        try
        {
            await foreach (var reading in sensor.ReadAsync())
            {
                await feed.Writer.WriteAsync(reading);
            }
        }
        finally
        {
            feed.Writer.TryComplete();
        }
    }
}
