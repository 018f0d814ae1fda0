namespace Scenarios.Plain.Lookup;

/// <summary>The slow archive behind a lookup: during the nightly reindex it answers after 30 seconds.</summary>
public sealed class LabArchive
{
    /// <summary>How long a lookup takes during the reindex.</summary>
    public const int ReindexMilliseconds = 30_000;

    /// <summary>Fetches a patient's results.</summary>
    /// <param name="patient">The patient.</param>
    /// <param name="cancellationToken">Gives up the lookup.</param>
    /// <returns>The results.</returns>
    public async Task<string> FetchAsync(string patient, CancellationToken cancellationToken = default)
    {
        await Task.Delay(ReindexMilliseconds, cancellationToken).ConfigureAwait(false);
        return "results of " + patient;
    }
}
