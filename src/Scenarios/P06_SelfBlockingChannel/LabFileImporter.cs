using System.Threading.Channels;

namespace Scenarios.P06_SelfBlockingChannel;

/// <summary>
/// The buggy importer: one method fills a bounded channel and then drains it. The channel holds one result, so
/// the second write waits for a reader, and the only reader is the same method, further down: it never gets
/// there (Go's send and receive on an unbuffered channel in one goroutine).
/// </summary>
/// <param name="store">Where results go.</param>
public sealed class LabFileImporter(ResultStore store) : ILabFileImporter
{
    /// <inheritdoc/>
    public async Task<int> ImportAsync(IEnumerable<LabResult> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);

        // Bounded, so a huge lab file cannot fill the memory.
        var queue = Channel.CreateBounded<LabResult>(1);
        foreach (var line in lines)
        {
            await queue.Writer.WriteAsync(line);
        }

        queue.Writer.Complete();
        return await StoreQueued.DrainAsync(queue.Reader, store);
    }
}
