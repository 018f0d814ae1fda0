namespace Scenarios.P20_StopIgnoresDeadline;

/// <summary>Uploads lab results to the regional registry in the background; a hosted service of the lab's host.</summary>
public interface IResultUploader : IDisposable
{
    /// <summary>Starts uploading (IHostedService.StartAsync).</summary>
    void Start();

    /// <summary>Queues a result for upload.</summary>
    /// <param name="result">The result.</param>
    /// <returns>A task that completes when the result is queued.</returns>
    ValueTask EnqueueAsync(LabResult result);

    /// <summary>Stops uploading (IHostedService.StopAsync): the host waits for it, up to its shutdown timeout.</summary>
    /// <param name="cancellationToken">Cancelled when the host's shutdown timeout is over: stop waiting then.</param>
    /// <returns>A task that completes when the uploader has stopped.</returns>
    Task StopAsync(CancellationToken cancellationToken);
}
