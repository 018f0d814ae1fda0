using Harness;

namespace Scenarios.P18_EndlessReadLoop;

/// <summary>The remote archive vital signs are uploaded to, in batches; each upload is a round trip.</summary>
public sealed class CloudArchive
{
    private readonly List<int> uploaded = [];

    /// <summary>The readings archived so far, in upload order.</summary>
    public IReadOnlyList<int> Uploaded => uploaded;

    /// <summary>How many uploads were made.</summary>
    public int Batches { get; private set; }

    /// <summary>Uploads one batch of readings.</summary>
    /// <param name="batch">The readings.</param>
    /// <returns>A task that completes when the archive has the batch.</returns>
    public async Task UploadAsync(IReadOnlyList<int> batch)
    {
        await Controlled.Yield();
        uploaded.AddRange(batch);
        Batches++;
    }
}
