namespace Scenarios.P17_UndisposedTimeout;

/// <summary>Fetches lab results for the ward round; a lookup that hangs must not hold up the round.</summary>
public interface ILabResultClient
{
    /// <summary>Fetches a patient's latest lab result, giving up after the client's timeout.</summary>
    /// <param name="patient">The patient.</param>
    /// <returns>The result.</returns>
    Task<string> FetchLatestAsync(string patient);
}
