using System.Threading.Channels;

namespace Scenarios.P14_UnboundedWorkQueue;

/// <summary>
/// The buggy ingest: an unbounded channel in front of the workers. Accepting a reading never waits, so a burst
/// is accepted as fast as it arrives and piles up in memory while the workers take 100 ms per reading: nothing
/// pushes back on the sender (Go's worker pool over an ever-growing job queue).
/// </summary>
/// <param name="pool">The scoring workers.</param>
public sealed class VitalSignIngest(ScoringPool pool) : IVitalSignIngest
{
    /// <inheritdoc/>
    public int PeakBacklog { get; private set; }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<VitalSign>> IngestAsync(IReadOnlyList<VitalSign> readings)
    {
        var queue = Channel.CreateUnbounded<VitalSign>();
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
