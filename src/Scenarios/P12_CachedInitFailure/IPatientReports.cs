namespace Scenarios.P12_CachedInitFailure;

/// <summary>The reporting service: it connects to the trial database on first use and keeps the connection.</summary>
public interface IPatientReports
{
    /// <summary>Counts the patients enrolled in the trial.</summary>
    /// <returns>The count.</returns>
    /// <exception cref="DatabaseUnavailableException">The database refused the connection.</exception>
    Task<int> CountPatientsAsync();
}
