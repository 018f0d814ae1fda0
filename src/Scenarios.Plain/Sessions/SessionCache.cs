namespace Scenarios.Plain.Sessions;

/// <summary>
/// The buggy cache (P04, synchronous form): logins on several threads add to a plain <see cref="Dictionary{TKey, TValue}"/>,
/// which is not safe for concurrent writers (Go's "concurrent map writes"); a resize in one write can lose another
/// or corrupt the table.
/// </summary>
public sealed class SessionCache : ISessionCache
{
    private readonly Dictionary<string, string> sessions = [];

    /// <inheritdoc/>
    public int Count => sessions.Count;

    /// <inheritdoc/>
    public void Open(string user) => sessions[user] = "session of " + user;
}
