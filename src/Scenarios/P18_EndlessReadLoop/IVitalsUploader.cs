using System.Threading.Channels;

namespace Scenarios.P18_EndlessReadLoop;

/// <summary>Uploads a bedside device's heart-rate readings to the archive in batches, one batch per flush interval.</summary>
public interface IVitalsUploader
{
    /// <summary>How long readings gather before a batch is uploaded.</summary>
    static TimeSpan FlushInterval { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Uploads what the device sends until the device's feed ends.</summary>
    /// <param name="feed">The device's readings; the device completes it when it disconnects.</param>
    /// <returns>A task that completes when every reading is uploaded and the feed has ended.</returns>
    Task RunAsync(ChannelReader<int> feed);
}
