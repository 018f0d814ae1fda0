using System.Threading.Channels;

namespace Scenarios.P06_SelfBlockingChannel;

/// <summary>The consuming half of both importers.</summary>
internal static class StoreQueued
{
    internal static async Task<int> DrainAsync(ChannelReader<LabResult> queue, ResultStore store)
    {
        int stored = 0;
        // WaitToReadAsync/TryRead rather than ReadAllAsync: the harness cannot yet control ReadAllAsync's wake-up.
        while (await queue.WaitToReadAsync())
        {
            while (queue.TryRead(out var result))
            {
                await store.SaveAsync(result);
                stored++;
            }
        }

        return stored;
    }
}
