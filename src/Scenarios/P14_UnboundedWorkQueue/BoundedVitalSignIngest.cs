using System.Threading.Channels;

namespace Scenarios.P14_UnboundedWorkQueue;

/// <summary>
/// The fixed ingest: a bounded channel that makes the sender wait while it is full. The backlog never exceeds
/// its capacity; the burst is accepted only as fast as the workers make room (back-pressure).
/// </summary>
/// <param name="pool">The scoring workers.</param>
public sealed class BoundedVitalSignIngest(ScoringPool pool) : IVitalSignIngest
{
    /// <inheritdoc/>
    public int PeakBacklog { get; private set; }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<VitalSign>> IngestAsync(IReadOnlyList<VitalSign> readings)
    {
        var queue = Channel.CreateBounded<VitalSign>(new BoundedChannelOptions(IVitalSignIngest.MaxBacklog) { FullMode = BoundedChannelFullMode.Wait });
        var scoring = pool.ScoreAllAsync(queue.Reader);
        foreach (var reading in readings)
        {
            await queue.Writer.WriteAsync(reading);
            PeakBacklog = Math.Max(PeakBacklog, queue.Reader.Count);
        }

        queue.Writer.Complete();
        return await scoring;
    }
}
