using System.Text;
using Harness;

namespace Scenarios.P16_SharedLogFields;

/// <summary>
/// The service's structured log file. An entry is streamed piece by piece (message, then each field), and a
/// gate keeps two entries from interleaving their pieces.
/// </summary>
public sealed class LogFile : IDisposable
{
    private readonly SemaphoreSlim oneEntryAtATime = new(1, 1);
    private readonly List<string> lines = [];
    private readonly StringBuilder entry = new();

    /// <summary>The entries written so far, one line each.</summary>
    public IReadOnlyList<string> Lines => lines;

    /// <summary>Writes one entry.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="fields">The context fields, written as key=value after the message.</param>
    /// <returns>A task that completes when the entry is written.</returns>
    public async Task WriteEntryAsync(string message, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        await oneEntryAtATime.WaitAsync();
        try
        {
            await AppendAsync(message);
            foreach (var (key, value) in fields)
            {
                await AppendAsync(" " + key + "=" + value);
            }

            lines.Add(entry.ToString());
            entry.Clear();
        }
        finally
        {
            oneEntryAtATime.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => oneEntryAtATime.Dispose();

    private async Task AppendAsync(string text)
    {
        // Stands in for the stream write: other requests run meanwhile.
        await Controlled.Yield();
        entry.Append(text);
    }
}
