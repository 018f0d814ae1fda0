using System.Threading.Channels;
using Harness;

namespace Scenarios.P21_WriteAfterComplete;

/// <summary>
/// The fixed monitor: the pumps only write; the monitor owns the feed and completes it once, after every pump
/// has finished (Go: with several senders, nobody closes on the way out; a coordinator closes after
/// <c>wg.Wait()</c>). A failed pump still completes the feed, with its error, so the chart never waits forever.
/// </summary>
public sealed class OwnerCompletedBedsideMonitor : IBedsideMonitor
{
    private readonly Channel<VitalSign> feed = Channel.CreateUnbounded<VitalSign>();

    /// <inheritdoc/>
    public async Task MonitorAsync(IReadOnlyList<Sensor> sensors, VitalSignsChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var following = Controlled.Run(() => chart.FollowAsync(feed.Reader), "chart");
        try
        {
            await Task.WhenAll(sensors.Select(sensor => Controlled.Run(() => PumpAsync(sensor), sensor.Name)));
            feed.Writer.Complete();
        }
        catch (Exception error)
        {
            feed.Writer.Complete(error);
            throw;
        }

        await following;
    }

    private async Task PumpAsync(Sensor sensor)
    {
        await foreach (var reading in sensor.ReadAsync())
        {
            await feed.Writer.WriteAsync(reading);
        }
    }
}
