namespace Scenarios.P12_CachedInitFailure;

/// <summary>
/// The buggy service: the connection is opened once, by an async lazy. Lazy runs its factory once and keeps
/// whatever came out, and a faulted task is what came out when the first request arrived while the database
/// was still starting: every later request gets that same failure, forever (Go's <c>sync.Once</c> whose init
/// failed and left the dependency nil).
/// </summary>
/// <param name="database">The database to connect to.</param>
public sealed class PatientReports(TrialDatabase database) : IPatientReports
{
    private readonly Lazy<Task<DatabaseConnection>> connection = new(database.ConnectAsync);

    /// <inheritdoc/>
    public async Task<int> CountPatientsAsync()
    {
        var open = await connection.Value;
        return await open.CountPatientsAsync();
    }
}
