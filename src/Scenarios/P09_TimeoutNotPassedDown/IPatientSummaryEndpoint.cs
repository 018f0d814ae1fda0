namespace Scenarios.P09_TimeoutNotPassedDown;

/// <summary>The patient-summary endpoint of the ward dashboard: it must answer within <see cref="Budget"/>.</summary>
public interface IPatientSummaryEndpoint
{
    /// <summary>The endpoint's time budget: after it, a summary without lab results is better than none.</summary>
    static TimeSpan Budget { get; } = TimeSpan.FromSeconds(2);

    /// <summary>Builds a patient's summary.</summary>
    /// <param name="patient">The patient.</param>
    /// <returns>The summary, with lab results when the lab answered within the budget.</returns>
    Task<PatientSummary> GetAsync(string patient);
}
