namespace Scenarios.P11_WhenAnyWithoutTimeout;

/// <summary>
/// A laboratory a sample can be sent to. It answers each sample it received after its turnaround time; a sample
/// it never received (lost in transport) is never answered.
/// </summary>
/// <param name="turnaround">How long the lab takes per sample.</param>
/// <param name="time">The clock the turnaround runs on; <see cref="Harness.Controlled.Time"/> in tests.</param>
public sealed class Laboratory(TimeSpan turnaround, TimeProvider time)
{
    private readonly Dictionary<string, string> received = [];

    /// <summary>Records that a sample reached the lab.</summary>
    /// <param name="sample">The sample's barcode.</param>
    /// <param name="result">What the lab will measure.</param>
    public void Receive(string sample, string result) => received[sample] = result;

    /// <summary>The lab's result for a sample.</summary>
    /// <param name="sample">The sample's barcode.</param>
    /// <returns>A task that completes with the result, or never if the lab has not got the sample.</returns>
    public Task<string> ResultAsync(string sample) =>
        received.TryGetValue(sample, out string? result) ? AfterTurnaround(result) : new TaskCompletionSource<string>().Task;

    private async Task<string> AfterTurnaround(string result)
    {
        await Task.Delay(turnaround, time);
        return result;
    }
}
