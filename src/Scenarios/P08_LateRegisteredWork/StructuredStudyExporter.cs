using Harness;

namespace Scenarios.P08_LateRegisteredWork;

/// <summary>
/// The fixed exporter: whoever starts work awaits it. A site export finishes only when its own uploads have
/// finished, so awaiting the site exports awaits everything; no list is shared, so nothing can be registered
/// after someone has already looked (Go: <c>wg.Add</c> before <c>go</c>, by the goroutine that will wait).
/// </summary>
/// <param name="registry">Where each site's patients are listed.</param>
/// <param name="archive">Where the files go.</param>
public sealed class StructuredStudyExporter(PatientRegistry registry, ExportArchive archive) : IStudyExporter
{
    /// <inheritdoc/>
    public Task ExportAsync() =>
        Task.WhenAll(registry.Sites.Select(site => Controlled.Run(() => ExportSiteAsync(site), site)));

    private async Task ExportSiteAsync(string site)
    {
        var patients = await registry.ListPatientsAsync(site);
        await Task.WhenAll(patients.Select(archive.StoreAsync));
    }
}
