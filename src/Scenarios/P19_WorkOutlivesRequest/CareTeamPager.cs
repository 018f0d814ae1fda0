using Harness;

namespace Scenarios.P19_WorkOutlivesRequest;

/// <summary>Pages the patient's care team: a call to the hospital's paging service.</summary>
public sealed class CareTeamPager
{
    /// <summary>Pages the care team when the pain score is 7 or more.</summary>
    /// <param name="patient">The patient.</param>
    /// <param name="painScore">The reported pain score.</param>
    /// <param name="cancellationToken">Abandons the page.</param>
    /// <returns>True when the team was paged.</returns>
    public async Task<bool> PageIfWorryingAsync(string patient, int painScore, CancellationToken cancellationToken)
    {
        if (painScore < 7)
        {
            return false;
        }

        // Stands in for the call to the paging service.
        await Controlled.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return !string.IsNullOrEmpty(patient);
    }
}
