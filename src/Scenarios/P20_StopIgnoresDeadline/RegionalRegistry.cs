using Harness;

namespace Scenarios.P20_StopIgnoresDeadline;

/// <summary>
/// The regional registry's upload API. It answers the first <paramref name="answeredUploads"/> uploads in
/// 100 ms; then its connection goes silent (a load balancer that dropped it without a reset), so later uploads
/// wait until their caller gives up.
/// </summary>
/// <param name="answeredUploads">How many uploads are answered before the connection goes silent.</param>
public sealed class RegionalRegistry(int answeredUploads)
{
    private static readonly TimeSpan RoundTrip = TimeSpan.FromMilliseconds(100);
    private readonly TaskCompletionSource silence = new();
    private readonly List<LabResult> received = [];

    /// <summary>The results the registry has stored.</summary>
    public IReadOnlyList<LabResult> Received => received;

    /// <summary>Uploads one result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Abandons the upload.</param>
    /// <returns>A task that completes when the registry confirmed the upload.</returns>
    public async Task UploadAsync(LabResult result, CancellationToken cancellationToken)
    {
        if (received.Count >= answeredUploads)
        {
            await silence.Task.WaitAsync(cancellationToken);
        }

        await Task.Delay(RoundTrip, Controlled.Time, cancellationToken);
        received.Add(result);
    }
}
