using System.Collections.Concurrent;

namespace Scenarios.Plain.LogFields;

/// <summary>The fixed logger: each entry is built from its own fields; only the thread-safe queue is shared.</summary>
public sealed class ScopedRequestLog : IRequestLog
{
    private readonly ConcurrentQueue<string> entries = new();

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Entries => entries;

    /// <inheritdoc/>
    public void Handled(string requestId, string route)
    {
        var fields = new Dictionary<string, string> { ["request"] = requestId, ["route"] = route };
        entries.Enqueue($"request={fields["request"]} route={fields["route"]}");
    }
}
