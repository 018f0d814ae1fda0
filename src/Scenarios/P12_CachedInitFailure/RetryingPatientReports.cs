namespace Scenarios.P12_CachedInitFailure;

/// <summary>
/// The fixed service: one request at a time may connect, and only a connection that worked is kept. A refused
/// attempt leaves the field empty, so the next request tries again. The gate keeps the attempt single even
/// while it is awaited (a plain null check would let two requests connect at once).
/// </summary>
/// <param name="database">The database to connect to.</param>
public sealed class RetryingPatientReports(TrialDatabase database) : IPatientReports, IDisposable
{
    private readonly SemaphoreSlim connecting = new(1, 1);
    private DatabaseConnection? connection;

    /// <inheritdoc/>
    public async Task<int> CountPatientsAsync()
    {
        var open = await ConnectOnceAsync();
        return await open.CountPatientsAsync();
    }

    /// <inheritdoc/>
    public void Dispose() => connecting.Dispose();

    private async Task<DatabaseConnection> ConnectOnceAsync()
    {
        await connecting.WaitAsync();
        try
        {
            return connection ??= await database.ConnectAsync();
        }
        finally
        {
            connecting.Release();
        }
    }
}
