namespace Scenarios.P08_LateRegisteredWork;

/// <summary>Exports every patient file of a study to the archive, site by site in parallel.</summary>
public interface IStudyExporter
{
    /// <summary>Exports the study.</summary>
    /// <returns>A task that completes when every patient file is in the archive.</returns>
    Task ExportAsync();
}
