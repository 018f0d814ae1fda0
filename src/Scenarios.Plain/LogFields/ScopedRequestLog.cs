using System.Collections.Concurrent;

namespace Scenarios.Plain.LogFields;

/// <summary>The fixed logger: each entry is built from its own fields; only the thread-safe queue is shared.</summary>
public sealed class ScopedRequestLog
{
    private readonly ConcurrentQueue<string> entries = new();

    /// <summary>Entries written, in order.</summary>
    public IReadOnlyCollection<string> Entries => entries;

    /// <summary>Logs that a request was handled.</summary>
    /// <param name="requestId">The request.</param>
    /// <param name="route">Its route.</param>
    public void Handled(string requestId, string route)
    {
        var fields = new Dictionary<string, string> { ["request"] = requestId, ["route"] = route };
        entries.Enqueue($"request={fields["request"]} route={fields["route"]}");
    }
}
