using Harness;

namespace Scenarios.P05_LostUpdate;

/// <summary>The trial's audit trail: every change of the enrollment total, with the total before and after.</summary>
public sealed class AuditLog
{
    private readonly List<string> entries = [];

    /// <summary>The entries written so far, oldest first.</summary>
    public IReadOnlyList<string> Entries => entries;

    /// <summary>Appends one entry.</summary>
    /// <param name="entry">The text to record.</param>
    /// <returns>A task that completes when the entry is stored.</returns>
    public async Task RecordAsync(string entry)
    {
        // Stands in for the database round trip: an await during which other requests run.
        await Controlled.Yield();
        entries.Add(entry);
    }
}
