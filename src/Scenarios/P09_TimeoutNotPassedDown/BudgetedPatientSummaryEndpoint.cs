using Harness;

namespace Scenarios.P09_TimeoutNotPassedDown;

/// <summary>
/// The fixed endpoint: the budget's token goes to the database call, so the wait for the connection and the
/// query itself end when the budget does, and the dashboard gets its answer on time.
/// </summary>
/// <param name="database">The lab results database.</param>
public sealed class BudgetedPatientSummaryEndpoint(LabDatabase database) : IPatientSummaryEndpoint
{
    /// <inheritdoc/>
    public async Task<PatientSummary> GetAsync(string patient)
    {
        using var budget = new CancellationTokenSource(IPatientSummaryEndpoint.Budget, Controlled.Time);
        try
        {
            var results = await database.QueryResultsAsync(patient, budget.Token);
            return new PatientSummary(results, TimedOut: false);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return new PatientSummary([], TimedOut: true);
        }
    }
}
