namespace Scenarios.Plain.LogFields;

/// <summary>Writes one entry per handled request.</summary>
public interface IRequestLog
{
    /// <summary>Entries written, in order.</summary>
    IReadOnlyCollection<string> Entries { get; }

    /// <summary>Logs that a request was handled.</summary>
    /// <param name="requestId">The request.</param>
    /// <param name="route">Its route.</param>
    void Handled(string requestId, string route);
}
