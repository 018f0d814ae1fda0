using System.Threading.Channels;

namespace Scenarios.P18_EndlessReadLoop;

/// <summary>
/// The buggy uploader: a <c>while (true)</c> loop that sleeps, takes what arrived, uploads it, and starts over.
/// TryRead says false both when the feed is merely empty and when it has ended, and the loop never asks which:
/// after the device disconnects it keeps waking up every five seconds, forever (Go's <c>for { select }</c> with no
/// exit case, reading a closed channel).
/// </summary>
/// <param name="archive">Where batches go.</param>
/// <param name="time">The clock of the flush interval.</param>
public sealed class VitalsUploader(CloudArchive archive, TimeProvider time) : IVitalsUploader
{
    /// <inheritdoc/>
    public async Task RunAsync(ChannelReader<int> feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        while (true)
        {
            await Task.Delay(IVitalsUploader.FlushInterval, time);
            var batch = new List<int>();
            while (feed.TryRead(out int reading))
            {
                batch.Add(reading);
            }

            if (batch.Count > 0)
            {
                await archive.UploadAsync(batch);
            }
        }
    }
}
