using System.Threading.Channels;
using Harness;

namespace Scenarios.P07_NeverCompletedChannel;

/// <summary>
/// The fixed recorder: disposing it completes the queue, which ends the background writer's loop once the
/// queue is drained, and waits for the writer to finish (Go's fix: the sender closes the channel).
/// </summary>
public sealed class CompletingVitalsRecorder : IVitalsRecorder, IAsyncDisposable
{
    private readonly Channel<(VitalSign Vital, TaskCompletionSource Stored)> queue = Channel.CreateUnbounded<(VitalSign, TaskCompletionSource)>();
    private readonly Task writer;

    /// <summary>Starts the background writer.</summary>
    /// <param name="store">Where readings go.</param>
    public CompletingVitalsRecorder(VitalsStore store) =>
        writer = Controlled.Run(() => WriteQueuedAsync(queue.Reader, store), "vitals writer");

    /// <inheritdoc/>
    public async Task RecordAsync(VitalSign vital)
    {
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await queue.Writer.WriteAsync((vital, stored));
        await stored.Task;
    }

    /// <summary>Completes the queue and waits until every queued reading is stored.</summary>
    /// <returns>A task that completes when the background writer has finished.</returns>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer;
    }

    private static async Task WriteQueuedAsync(ChannelReader<(VitalSign Vital, TaskCompletionSource Stored)> queued, VitalsStore store)
    {
        // Ends when the queue is completed and drained: DisposeAsync completes it.
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
