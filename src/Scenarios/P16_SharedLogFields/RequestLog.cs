namespace Scenarios.P16_SharedLogFields;

/// <summary>
/// The buggy request log: one dictionary of fields for the whole request, handed to the log file as it is.
/// The file enumerates it across awaits while it streams the entry, and another part of the request adding a
/// field meanwhile breaks that enumeration (Go's logrus.Fields map shared by goroutines; there the runtime
/// panics on the concurrent write, here the enumerator throws).
/// </summary>
/// <param name="file">Where entries go.</param>
/// <param name="requestId">The id every entry carries.</param>
public sealed class RequestLog(LogFile file, string requestId) : IRequestLog
{
    private readonly Dictionary<string, string> fields = new(StringComparer.Ordinal) { ["request_id"] = requestId };

    /// <inheritdoc/>
    public void AddField(string key, string value) => fields[key] = value;

    /// <inheritdoc/>
    public Task InfoAsync(string message) => file.WriteEntryAsync(message, fields);
}
