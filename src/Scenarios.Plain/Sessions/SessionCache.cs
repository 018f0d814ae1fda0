namespace Scenarios.Plain.Sessions;

/// <summary>
/// The buggy cache (P04, synchronous form): logins on several threads add to a plain <see cref="Dictionary{TKey, TValue}"/>,
/// which is not safe for concurrent writers (Go's "concurrent map writes"); a resize in one write can lose another
/// or corrupt the table.
/// </summary>
public sealed class SessionCache
{
    private readonly Dictionary<string, DateTimeOffset> sessions = [];

    /// <summary>Sessions in the cache.</summary>
    public int Count => sessions.Count;

    /// <summary>Opens a session for <paramref name="user"/>.</summary>
    /// <param name="user">Who logged in.</param>
    /// <param name="at">When.</param>
    public void Open(string user, DateTimeOffset at) => sessions[user] = at;
}
