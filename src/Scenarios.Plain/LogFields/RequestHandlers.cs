namespace Scenarios.Plain.LogFields;

/// <summary>Handles each request on its own thread-pool task and logs it.</summary>
public static class RequestHandlers
{
    /// <summary>Handles every request concurrently.</summary>
    /// <param name="log">The log every handler writes to.</param>
    /// <param name="requests">Request id and route of each request.</param>
    /// <returns>A task that completes when every request is handled.</returns>
    public static Task HandleAllAsync(IRequestLog log, params (string Id, string Route)[] requests) =>
        Task.WhenAll(requests.Select(request => Task.Run(() => log.Handled(request.Id, request.Route))));
}
