using Harness;

namespace Scenarios.P12_CachedInitFailure;

/// <summary>An open connection to the trial database.</summary>
public sealed class DatabaseConnection
{
    /// <summary>The number of patients enrolled in the trial.</summary>
    public const int EnrolledPatients = 12;

    /// <summary>Counts the enrolled patients.</summary>
    /// <returns>The count.</returns>
    public async Task<int> CountPatientsAsync()
    {
        await Controlled.Yield();
        return EnrolledPatients;
    }
}
