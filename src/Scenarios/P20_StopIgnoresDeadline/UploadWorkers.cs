using System.Threading.Channels;
using Harness;

namespace Scenarios.P20_StopIgnoresDeadline;

/// <summary>
/// Two workers that upload whatever is put in the outbox, until the outbox is completed and empty or they are
/// aborted. Both uploaders share them; they differ only in how they stop them.
/// </summary>
/// <param name="registry">Where results are uploaded.</param>
public sealed class UploadWorkers(RegionalRegistry registry) : IDisposable
{
    private readonly Channel<LabResult> outbox = Channel.CreateUnbounded<LabResult>();
    private readonly CancellationTokenSource abort = new();
    private Task[] running = [];

    /// <summary>Starts the workers.</summary>
    public void Start() => running =
    [
        Controlled.Run(() => UploadLoopAsync(abort.Token), "uploader 1"),
        Controlled.Run(() => UploadLoopAsync(abort.Token), "uploader 2"),
    ];

    /// <summary>Puts a result in the outbox.</summary>
    /// <param name="result">The result.</param>
    /// <returns>A task that completes when the result is queued.</returns>
    public ValueTask EnqueueAsync(LabResult result) => outbox.Writer.WriteAsync(result);

    /// <summary>Lets the workers finish what is queued and then stop: the graceful half of a shutdown.</summary>
    /// <returns>A task that completes when both workers have stopped.</returns>
    public Task DrainAsync()
    {
        outbox.Writer.TryComplete();
        return Task.WhenAll(running);
    }

    /// <summary>Abandons the uploads in flight: the hard half of a shutdown.</summary>
    public void Abort() => abort.Cancel();

    /// <inheritdoc/>
    public void Dispose() => abort.Dispose();

    private async Task UploadLoopAsync(CancellationToken aborted)
    {
        try
        {
            // Not ReadAllAsync: see docs/engine.md, known limits.
            while (await outbox.Reader.WaitToReadAsync(aborted))
            {
                while (outbox.Reader.TryRead(out var result))
                {
                    await registry.UploadAsync(result, aborted);
                }
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // Aborted by a shutdown that ran out of time; the outbox is persisted and resent at the next start.
        }
    }
}
