namespace Scenarios.Plain.Sessions;

/// <summary>Handles each login on its own thread-pool task, as a web server would.</summary>
public static class LoginDesk
{
    /// <summary>Logs every user in concurrently.</summary>
    /// <param name="cache">Where sessions go.</param>
    /// <param name="users">Who logs in.</param>
    /// <returns>A task that completes when every user has a session.</returns>
    public static Task LogInAsync(ISessionCache cache, params string[] users) =>
        Task.WhenAll(users.Select(user => Task.Run(() => cache.Open(user))));
}
