namespace Scenarios.Plain.Sessions;

/// <summary>Sessions of logged-in users.</summary>
public interface ISessionCache
{
    /// <summary>Sessions in the cache.</summary>
    int Count { get; }

    /// <summary>Opens a session for <paramref name="user"/>.</summary>
    /// <param name="user">Who logged in.</param>
    void Open(string user);
}
