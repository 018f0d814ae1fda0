using Harness;

namespace Scenarios.P08_LateRegisteredWork;

/// <summary>
/// The buggy exporter: one list of every export in flight, awaited at the end. The site exports put their
/// patients' uploads into that list themselves, but <see cref="Task.WhenAll(IEnumerable{Task})"/> copied the
/// list when it was called, before any site had listed its patients: those uploads are never awaited (Go's
/// <c>wg.Add(1)</c> inside the goroutine, after <c>wg.Wait()</c> already saw zero).
/// </summary>
/// <param name="registry">Where each site's patients are listed.</param>
/// <param name="archive">Where the files go.</param>
public sealed class StudyExporter(PatientRegistry registry, ExportArchive archive) : IStudyExporter
{
    private readonly List<Task> exportsInFlight = [];

    /// <inheritdoc/>
    public async Task ExportAsync()
    {
        foreach (var site in registry.Sites)
        {
            exportsInFlight.Add(Controlled.Run(() => ExportSiteAsync(site), site));
        }

        await Task.WhenAll(exportsInFlight);
    }

    private async Task ExportSiteAsync(string site)
    {
        foreach (var patient in await registry.ListPatientsAsync(site))
        {
            exportsInFlight.Add(archive.StoreAsync(patient));
        }
    }
}
