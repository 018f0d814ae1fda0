using System.Threading.Channels;
using Harness;

namespace Scenarios.P14_UnboundedWorkQueue;

/// <summary>
/// A fixed number of scoring workers over a queue of readings, and one collector over their results channel.
/// Both ingests share it; they differ only in the queue they feed it.
/// </summary>
/// <param name="scorer">Scores each reading.</param>
/// <param name="workers">How many readings are scored at once.</param>
public sealed class ScoringPool(EarlyWarningScorer scorer, int workers)
{
    /// <summary>Scores every reading the queue yields until the queue is completed.</summary>
    /// <param name="queue">The readings waiting to be scored.</param>
    /// <returns>The readings that should alert the nurse.</returns>
    public async Task<IReadOnlyList<VitalSign>> ScoreAllAsync(ChannelReader<VitalSign> queue)
    {
        var results = Channel.CreateUnbounded<(VitalSign Reading, bool Alarming)>();
        var collector = Controlled.Run(() => CollectAlarmsAsync(results.Reader), "collector");
        var scoring = Enumerable.Range(1, workers)
            .Select(worker => Controlled.Run(() => ScoreAsync(queue, results.Writer), "worker " + worker))
            .ToArray();

        await Task.WhenAll(scoring);

        // Without this the collector would wait for more results forever (Go's results channel never closed).
        results.Writer.Complete();
        return await collector;
    }

    private async Task ScoreAsync(ChannelReader<VitalSign> queue, ChannelWriter<(VitalSign, bool)> results)
    {
        // Not ReadAllAsync: see docs/engine.md, known limits.
        while (await queue.WaitToReadAsync())
        {
            while (queue.TryRead(out var reading))
            {
                bool alarming = await scorer.IsAlarmingAsync(reading, CancellationToken.None);
                await results.WriteAsync((reading, alarming));
            }
        }
    }

    private static async Task<IReadOnlyList<VitalSign>> CollectAlarmsAsync(ChannelReader<(VitalSign Reading, bool Alarming)> results)
    {
        var alarms = new List<VitalSign>();
        while (await results.WaitToReadAsync())
        {
            while (results.TryRead(out var result))
            {
                if (result.Alarming)
                {
                    alarms.Add(result.Reading);
                }
            }
        }

        return alarms;
    }
}
