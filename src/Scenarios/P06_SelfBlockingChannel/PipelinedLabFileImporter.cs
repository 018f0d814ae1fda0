using System.Threading.Channels;
using Harness;

namespace Scenarios.P06_SelfBlockingChannel;

/// <summary>
/// The fixed importer: the file is read into the channel by its own task while this method drains it, so the
/// channel sits between two operations, as it must: a full channel now only makes the reader wait for the
/// writer to catch up.
/// </summary>
/// <param name="store">Where results go.</param>
public sealed class PipelinedLabFileImporter(ResultStore store) : ILabFileImporter
{
    /// <inheritdoc/>
    public async Task<int> ImportAsync(IEnumerable<LabResult> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);

        var queue = Channel.CreateBounded<LabResult>(1);
        var reading = Controlled.Run(async () =>
        {
            foreach (var line in lines)
            {
                await queue.Writer.WriteAsync(line);
            }

            queue.Writer.Complete();
        }, "lab file reader");

        int stored = await StoreQueued.DrainAsync(queue.Reader, store);
        await reading;
        return stored;
    }
}
