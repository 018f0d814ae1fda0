using Harness;

namespace Scenarios.P08_LateRegisteredWork;

/// <summary>The archive the study's anonymized patient files are exported to.</summary>
public sealed class ExportArchive
{
    private readonly List<string> stored = [];

    /// <summary>The patients whose files are in the archive.</summary>
    public IReadOnlyList<string> Stored => stored;

    /// <summary>Anonymizes and uploads one patient's file.</summary>
    /// <param name="patient">The patient's id.</param>
    /// <returns>A task that completes when the file is in the archive.</returns>
    public async Task StoreAsync(string patient)
    {
        // Stands in for the upload: other exports run meanwhile.
        await Controlled.Yield();
        stored.Add(patient);
    }
}
