using System.Collections.Concurrent;

namespace Scenarios.Plain.LogFields;

/// <summary>
/// The buggy logger (P16, synchronous form): every request handler sets its fields on one shared
/// <see cref="Dictionary{TKey, TValue}"/> and then formats the entry from it, so handlers on two threads write the
/// same dictionary at once and an entry can carry another request's route.
/// </summary>
public sealed class RequestLog : IRequestLog
{
    private readonly Dictionary<string, string> fields = [];
    private readonly ConcurrentQueue<string> entries = new();

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Entries => entries;

    /// <inheritdoc/>
    public void Handled(string requestId, string route)
    {
        fields["request"] = requestId;
        fields["route"] = route;
        entries.Enqueue($"request={fields["request"]} route={fields["route"]}");
    }
}
