namespace Scenarios.P16_SharedLogFields;

/// <summary>The log of one request: every entry carries the request's context fields.</summary>
public interface IRequestLog
{
    /// <summary>Adds a context field to every entry written from now on.</summary>
    /// <param name="key">The field's name.</param>
    /// <param name="value">The field's value.</param>
    void AddField(string key, string value);

    /// <summary>Writes an entry with the context fields.</summary>
    /// <param name="message">What happened.</param>
    /// <returns>A task that completes when the entry is written.</returns>
    Task InfoAsync(string message);
}
