using System.Threading.Channels;

namespace Scenarios.Plain.Telemetry;

/// <summary>
/// P07 in plain code: a consumer drains a channel of sensor readings with <c>ReadAllAsync</c>, the way most .NET
/// code reads a channel, while producers write to it on their own tasks.
/// </summary>
/// <param name="completeWhenDone">The fix: the producer side completes the channel when the last reading is written.</param>
public sealed class ReadingsPump(bool completeWhenDone)
{
    private readonly Channel<int> readings = Channel.CreateUnbounded<int>();

    /// <summary>Readings the consumer has summed so far.</summary>
    public int Total { get; private set; }

    /// <summary>Starts the consumer, writes every reading from its own task, and returns the consumer's task.</summary>
    /// <param name="values">The readings.</param>
    /// <returns>The consumer: it ends only when the channel is completed.</returns>
    public async Task<Task> PumpAsync(params int[] values)
    {
        var consumer = Task.Run(ConsumeAsync);
        await Task.WhenAll(values.Select(value => Task.Run(() => readings.Writer.WriteAsync(value).AsTask())));
        if (completeWhenDone)
        {
            readings.Writer.Complete();
        }

        return consumer;
    }

    private async Task ConsumeAsync()
    {
        await foreach (int reading in readings.Reader.ReadAllAsync())
        {
            Total += reading;
        }
    }
}
