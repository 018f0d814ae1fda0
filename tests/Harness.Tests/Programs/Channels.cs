using System.Threading.Channels;

namespace Harness.Tests.Programs;

/// <summary>Channel programs: a reader nobody writes to (a leak), and a producer/consumer that completes.</summary>
internal static class Channels
{
    internal static async Task ReaderNobodyWritesTo()
    {
        var alerts = Channel.CreateUnbounded<string>();
        _ = Controlled.Run(() => ReadOne(alerts.Reader), "alert reader");
        await Task.Yield();
    }

    internal static async Task ProducerAndConsumer()
    {
        var jobs = Channel.CreateBounded<int>(1);
        int sum = 0;
        var consumer = Controlled.Run(async () =>
        {
            while (await jobs.Reader.WaitToReadAsync())
            {
                while (jobs.Reader.TryRead(out int job))
                {
                    sum += job;
                }
            }
        }, "consumer");
        for (int job = 1; job <= 3; job++)
        {
            await jobs.Writer.WriteAsync(job);
        }

        jobs.Writer.Complete();
        await consumer;
        Invariant.Assert(sum == 6, $"sum is {sum}, expected 6");
    }

    internal static async Task ConsumerUsingReadAllAsync()
    {
        var jobs = Channel.CreateUnbounded<int>();
        var consumer = Controlled.Run(async () =>
        {
            await foreach (int job in jobs.Reader.ReadAllAsync())
            {
                Invariant.Assert(job > 0, "jobs are positive");
            }
        }, "consumer");
        await Controlled.Yield();
        await jobs.Writer.WriteAsync(1);
        jobs.Writer.Complete();
        await consumer;
    }

    private static async Task ReadOne(ChannelReader<string> reader) =>
        await SourceLine.Mark(reader.ReadAsync(), "alert read");
}
