using Harness;

namespace Scenarios.P09_TimeoutNotPassedDown;

/// <summary>
/// The buggy endpoint: it creates a token that expires with its budget and never hands it to the database
/// (Go's <c>context.WithTimeout</c> whose ctx never reaches the query). The query waits for the connection as
/// long as it takes, and the budget only bites when nothing is left to cancel.
/// </summary>
/// <param name="database">The lab results database.</param>
public sealed class PatientSummaryEndpoint(LabDatabase database) : IPatientSummaryEndpoint
{
    /// <inheritdoc/>
    public async Task<PatientSummary> GetAsync(string patient)
    {
        using var budget = new CancellationTokenSource(IPatientSummaryEndpoint.Budget, Controlled.Time);
        try
        {
            var results = await database.QueryResultsAsync(patient);
            budget.Token.ThrowIfCancellationRequested();
            return new PatientSummary(results, TimedOut: false);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return new PatientSummary([], TimedOut: true);
        }
    }
}
