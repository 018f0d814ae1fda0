using Harness;

namespace Scenarios.P03_FireAndForget;

/// <summary>A patient database, old or new; every call is a round trip during which other work runs.</summary>
public sealed class PatientDatabase
{
    private readonly Dictionary<int, string> records = [];
    private readonly List<string> audit = [];

    /// <summary>How many patient records the database holds.</summary>
    public int Count => records.Count;

    /// <summary>The audit table: what scripts and users did, oldest first.</summary>
    public IReadOnlyList<string> Audit => audit;

    /// <summary>Adds a record directly, to set up the legacy system.</summary>
    /// <param name="patientId">The patient.</param>
    /// <param name="record">The patient's record.</param>
    public void Seed(int patientId, string record) => records[patientId] = record;

    /// <summary>Reads one patient's record.</summary>
    /// <param name="patientId">The patient.</param>
    /// <returns>The record.</returns>
    public async Task<string> ReadAsync(int patientId)
    {
        await Controlled.Yield();
        return records[patientId];
    }

    /// <summary>Writes one patient's record.</summary>
    /// <param name="patientId">The patient.</param>
    /// <param name="record">The record.</param>
    /// <returns>A task that completes when the record is stored.</returns>
    public async Task WriteAsync(int patientId, string record)
    {
        await Controlled.Yield();
        records[patientId] = record;
    }

    /// <summary>Appends an entry to the audit table.</summary>
    /// <param name="entry">What happened.</param>
    /// <returns>A task that completes when the entry is stored.</returns>
    public async Task AuditAsync(string entry)
    {
        await Controlled.Yield();
        audit.Add(entry);
    }
}
