namespace Inventory;

public interface IAuditLog
{
    Task WriteAsync(string entry);
}

/// <summary>An audit log that writes on a background task, as a real one would write to disk or a queue.</summary>
public sealed class BackgroundAuditLog : IAuditLog
{
    private readonly List<string> entries = [];

    public IReadOnlyList<string> Entries => entries;

    public Task WriteAsync(string entry) => Task.Run(() =>
    {
        lock (entries)
        {
            entries.Add(entry);
        }
    });
}
