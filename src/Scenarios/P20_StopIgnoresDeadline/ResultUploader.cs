namespace Scenarios.P20_StopIgnoresDeadline;

/// <summary>
/// The buggy uploader: StopAsync takes the host's deadline and ignores it, waiting for the workers however long
/// they take (Go's <c>Stop()</c> that calls <c>wg.Wait()</c> and never looks at its ctx). One upload that never
/// gets an answer keeps the whole shutdown waiting forever.
/// </summary>
/// <param name="registry">Where results are uploaded.</param>
public sealed class ResultUploader(RegionalRegistry registry) : IResultUploader
{
    private readonly UploadWorkers workers = new(registry);

    /// <inheritdoc/>
    public void Start() => workers.Start();

    /// <inheritdoc/>
    public ValueTask EnqueueAsync(LabResult result) => workers.EnqueueAsync(result);

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await workers.DrainAsync();
    }

    /// <inheritdoc/>
    public void Dispose() => workers.Dispose();
}
