using System.Collections.Immutable;

namespace Scenarios.P16_SharedLogFields;

/// <summary>
/// The fixed request log: the fields are an immutable dictionary, and adding a field swaps in a new one. An
/// entry being written keeps enumerating the dictionary it started with, which nobody can change (zap's
/// <c>With</c> works the same way: a new logger per added field, never a shared map).
/// </summary>
/// <param name="file">Where entries go.</param>
/// <param name="requestId">The id every entry carries.</param>
public sealed class SnapshotRequestLog(LogFile file, string requestId) : IRequestLog
{
    private ImmutableDictionary<string, string> fields =
        ImmutableDictionary.Create<string, string>(StringComparer.Ordinal).Add("request_id", requestId);

    /// <inheritdoc/>
    public void AddField(string key, string value) => ImmutableInterlocked.Update(ref fields, current => current.SetItem(key, value));

    /// <inheritdoc/>
    public Task InfoAsync(string message) => file.WriteEntryAsync(message, fields);
}
