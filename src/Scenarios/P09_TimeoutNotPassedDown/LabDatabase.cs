using Harness;

namespace Scenarios.P09_TimeoutNotPassedDown;

/// <summary>
/// The lab results database, reached through a single connection: a query waits for the connection, then runs
/// for <see cref="QueryTime"/>. Everything that waits takes a token, as ADO.NET's async methods do.
/// </summary>
public sealed class LabDatabase : IDisposable
{
    private readonly SemaphoreSlim connection = new(1, 1);

    /// <summary>How long one query runs once it has the connection.</summary>
    public static TimeSpan QueryTime { get; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the nightly reindex holds the connection.</summary>
    public static TimeSpan ReindexTime { get; } = TimeSpan.FromSeconds(30);

    /// <summary>Reads a patient's results of the last week.</summary>
    /// <param name="patient">The patient.</param>
    /// <param name="cancellationToken">Abandons the wait for the connection and the query.</param>
    /// <returns>The results found.</returns>
    public async Task<IReadOnlyList<string>> QueryResultsAsync(string patient, CancellationToken cancellationToken = default)
    {
        await connection.WaitAsync(cancellationToken);
        try
        {
            await Task.Delay(QueryTime, Controlled.Time, cancellationToken);
            return [patient + ": hemoglobin 13.2 g/dL", patient + ": creatinine 0.9 mg/dL"];
        }
        finally
        {
            connection.Release();
        }
    }

    /// <summary>The nightly maintenance job: rebuilds the indexes, holding the connection while it does.</summary>
    /// <returns>A task that completes when the indexes are rebuilt.</returns>
    public async Task ReindexAsync()
    {
        await connection.WaitAsync();
        try
        {
            await Task.Delay(ReindexTime, Controlled.Time);
        }
        finally
        {
            connection.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();
}
