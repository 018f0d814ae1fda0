using System.Threading.Channels;
using Harness;

namespace Scenarios.P07_NeverCompletedChannel;

/// <summary>
/// The buggy recorder: its background writer reads the queue until the queue is completed, and nothing ever
/// completes it. When the devices stop sending, the writer waits for a reading that will never come, for as long
/// as the process lives (Go's <c>for range</c> over a channel nobody closes). A task is not collected like an
/// object: the loop outlives every reference to the recorder.
/// </summary>
public sealed class VitalsRecorder : IVitalsRecorder
{
    private readonly Channel<(VitalSign Vital, TaskCompletionSource Stored)> queue = Channel.CreateUnbounded<(VitalSign, TaskCompletionSource)>();

    /// <summary>Starts the background writer.</summary>
    /// <param name="store">Where readings go.</param>
    public VitalsRecorder(VitalsStore store) => _ = Controlled.Run(() => WriteQueuedAsync(queue.Reader, store), "vitals writer");

    /// <inheritdoc/>
    public async Task RecordAsync(VitalSign vital)
    {
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await queue.Writer.WriteAsync((vital, stored));
        await stored.Task;
    }

    private static async Task WriteQueuedAsync(ChannelReader<(VitalSign Vital, TaskCompletionSource Stored)> queued, VitalsStore store)
    {
        // WaitToReadAsync/TryRead rather than ReadAllAsync: the harness cannot yet control ReadAllAsync's wake-up.
        while (await queued.WaitToReadAsync())
        {
            while (queued.TryRead(out var item))
            {
                await store.SaveAsync(item.Vital);
                item.Stored.SetResult();
            }
        }
    }
}
