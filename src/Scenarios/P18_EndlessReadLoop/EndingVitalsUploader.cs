using System.Threading.Channels;

namespace Scenarios.P18_EndlessReadLoop;

/// <summary>
/// The fixed uploader: the loop's condition is the feed itself. WaitToReadAsync waits for the next reading and
/// answers false once the feed has ended and is drained, which is the loop's exit (Go's <c>v, ok := &lt;-ch</c>
/// and <c>if !ok { return }</c>). It also sleeps only while there is something to batch.
/// </summary>
/// <param name="archive">Where batches go.</param>
/// <param name="time">The clock of the flush interval.</param>
public sealed class EndingVitalsUploader(CloudArchive archive, TimeProvider time) : IVitalsUploader
{
    /// <inheritdoc/>
    public async Task RunAsync(ChannelReader<int> feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        while (await feed.WaitToReadAsync())
        {
            await Task.Delay(IVitalsUploader.FlushInterval, time);
            var batch = new List<int>();
            while (feed.TryRead(out int reading))
            {
                batch.Add(reading);
            }

            await archive.UploadAsync(batch);
        }
    }
}
