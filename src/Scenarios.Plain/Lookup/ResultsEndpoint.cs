namespace Scenarios.Plain.Lookup;

/// <summary>
/// P09 in plain code: the endpoint has a 2-second budget. The buggy endpoint makes the timeout but never passes
/// its token down, so the caller waits out the 30-second reindex; the fixed one passes it and answers "busy".
/// </summary>
/// <param name="archive">The archive.</param>
/// <param name="passTokenDown">False is the bug.</param>
public sealed class ResultsEndpoint(LabArchive archive, bool passTokenDown)
{
    /// <summary>The endpoint's budget.</summary>
    public const int BudgetMilliseconds = 2000;

    /// <summary>Answers with the results, or "busy" when the budget runs out first.</summary>
    /// <param name="patient">The patient.</param>
    /// <returns>The answer.</returns>
    public async Task<string> GetAsync(string patient)
    {
        ArgumentNullException.ThrowIfNull(archive);
        using var timeout = new CancellationTokenSource(BudgetMilliseconds);
        try
        {
            return passTokenDown
                ? await archive.FetchAsync(patient, timeout.Token).ConfigureAwait(false)
                : await archive.FetchAsync(patient).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return "busy";
        }
    }
}
