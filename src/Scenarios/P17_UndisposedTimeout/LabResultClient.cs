using Harness;

namespace Scenarios.P17_UndisposedTimeout;

/// <summary>
/// The buggy client: every lookup creates a timeout source and never disposes it (Go's forgotten
/// <c>cancel()</c>). The lookup finishes in 200 ms, but its 30-second timer stays armed, holding the source, its
/// callback and everything they reference until it fires; a busy ward round piles them up.
/// </summary>
/// <param name="lab">The laboratory system.</param>
public sealed class LabResultClient(LabSystem lab) : ILabResultClient
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public async Task<string> FetchLatestAsync(string patient)
    {
        var timeout = new CancellationTokenSource(Timeout, Controlled.Time);
        return await lab.FetchLatestAsync(patient, timeout.Token);
    }
}
