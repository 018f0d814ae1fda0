using Harness;

namespace Scenarios.P12_CachedInitFailure;

/// <summary>The trial database server: it refuses connections until it has finished starting.</summary>
public sealed class TrialDatabase
{
    private bool accepting;

    /// <summary>How many connections were attempted.</summary>
    public int ConnectionAttempts { get; private set; }

    /// <summary>Finishes starting: replays the journal, then accepts connections.</summary>
    /// <returns>A task that completes when the database accepts connections.</returns>
    public async Task StartAsync()
    {
        await Controlled.Yield();
        accepting = true;
    }

    /// <summary>Opens a connection.</summary>
    /// <returns>The connection.</returns>
    /// <exception cref="DatabaseUnavailableException">The database has not finished starting.</exception>
    public async Task<DatabaseConnection> ConnectAsync()
    {
        ConnectionAttempts++;

        // Stands in for the network handshake: the server may finish starting meanwhile.
        await Controlled.Yield();
        return accepting ? new DatabaseConnection() : throw new DatabaseUnavailableException("the trial database is still starting");
    }
}
