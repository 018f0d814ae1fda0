using System.Collections.Concurrent;

namespace Scenarios.Plain.Sessions;

/// <summary>The fixed cache: a <see cref="ConcurrentDictionary{TKey, TValue}"/> takes concurrent writers.</summary>
public sealed class ConcurrentSessionCache : ISessionCache
{
    private readonly ConcurrentDictionary<string, string> sessions = new();

    /// <inheritdoc/>
    public int Count => sessions.Count;

    /// <inheritdoc/>
    public void Open(string user) => sessions[user] = "session of " + user;
}
