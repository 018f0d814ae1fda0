using System.Threading.Channels;

namespace Scenarios.P21_WriteAfterComplete;

/// <summary>The patient's chart on the ward screen: it shows every reading of the feed until the feed completes.</summary>
public sealed class VitalSignsChart
{
    private readonly List<VitalSign> shown = [];

    /// <summary>The readings shown so far.</summary>
    public IReadOnlyList<VitalSign> Shown => shown;

    /// <summary>Shows readings as they arrive, until the feed is completed.</summary>
    /// <param name="feed">The feed to follow.</param>
    /// <returns>A task that completes when the feed is completed and drained.</returns>
    public async Task FollowAsync(ChannelReader<VitalSign> feed)
    {
        ArgumentNullException.ThrowIfNull(feed);

        // Not ReadAllAsync: the harness cannot control how the channel wakes that loop yet (docs/engine.md).
        while (await feed.WaitToReadAsync())
        {
            while (feed.TryRead(out var reading))
            {
                shown.Add(reading);
            }
        }
    }
}
