namespace Scenarios.P20_StopIgnoresDeadline;

/// <summary>
/// The fixed uploader: StopAsync drains the workers only until the host's deadline; then it aborts the uploads
/// in flight and waits just for the workers to unwind, which they do at once because every wait takes the abort
/// token. The shutdown ends on time even when the registry never answers.
/// </summary>
/// <param name="registry">Where results are uploaded.</param>
public sealed class DeadlineAwareResultUploader(RegionalRegistry registry) : IResultUploader
{
    private readonly UploadWorkers workers = new(registry);

    /// <inheritdoc/>
    public void Start() => workers.Start();

    /// <inheritdoc/>
    public ValueTask EnqueueAsync(LabResult result) => workers.EnqueueAsync(result);

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var drained = workers.DrainAsync();
        try
        {
            await drained.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            workers.Abort();
            await drained;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => workers.Dispose();
}
