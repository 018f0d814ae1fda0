using System.Collections.Concurrent;

namespace Scenarios.Plain.Sessions;

/// <summary>The fixed cache: a <see cref="ConcurrentDictionary{TKey, TValue}"/> takes concurrent writers.</summary>
public sealed class ConcurrentSessionCache
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> sessions = new();

    /// <summary>Sessions in the cache.</summary>
    public int Count => sessions.Count;

    /// <summary>Opens a session for <paramref name="user"/>.</summary>
    /// <param name="user">Who logged in.</param>
    /// <param name="at">When.</param>
    public void Open(string user, DateTimeOffset at) => sessions[user] = at;
}
