using System.Globalization;
using Harness;

namespace Scenarios.P08_LateRegisteredWork;

/// <summary>
/// P08: a study is exported site by site in parallel; when the export says it is done, every patient file
/// must be in the archive. The buggy exporter registers the uploads in the list it awaits after it has
/// already started awaiting it, so the export can report done while uploads are still running.
/// </summary>
public static class LateRegisteredWork
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P08",
        "work registered after Task.WhenAll took its list",
        BugKind.AssertionFailure,
        () => ExportTheStudy((registry, archive) => new StudyExporter(registry, archive)),
        () => ExportTheStudy((registry, archive) => new StructuredStudyExporter(registry, archive)));

    private static async Task ExportTheStudy(Func<PatientRegistry, ExportArchive, IStudyExporter> open)
    {
        var registry = new PatientRegistry();
        var archive = new ExportArchive();

        await open(registry, archive).ExportAsync();

        Invariant.Assert(
            archive.Stored.Count == registry.PatientCount,
            string.Create(
                CultureInfo.InvariantCulture,
                $"the export is done only when every patient file is archived: {archive.Stored.Count} of {registry.PatientCount} are"));
    }
}
