namespace Scenarios.P11_WhenAnyWithoutTimeout;

/// <summary>
/// The fixed tracker: the deadline is one more thing to wait for. If neither lab answers in time, the nurse is
/// told to chase the sample, and the tracker is done (Go's <c>case &lt;-time.After(...)</c>). Once the wait is
/// over, the deadline's timer is cancelled, or it would stay armed long after the sample is dealt with.
/// </summary>
/// <param name="hospitalLab">The hospital's own lab.</param>
/// <param name="referenceLab">The backup lab.</param>
/// <param name="time">The clock of the deadline.</param>
public sealed class DeadlineSampleTracker(Laboratory hospitalLab, Laboratory referenceLab, TimeProvider time) : ISampleTracker
{
    /// <summary>How long a result may take before the nurse chases the sample.</summary>
    public static TimeSpan ResultDeadline { get; } = TimeSpan.FromHours(2);

    private readonly List<string> worklist = [];

    /// <inheritdoc/>
    public IReadOnlyList<string> Worklist => worklist;

    /// <inheritdoc/>
    public async Task TrackAsync(string sample)
    {
        using var answered = new CancellationTokenSource();
        var deadline = Task.Delay(ResultDeadline, time, answered.Token);
        var first = await Task.WhenAny(hospitalLab.ResultAsync(sample), referenceLab.ResultAsync(sample), deadline);
        answered.Cancel();
        worklist.Add(first == deadline ? sample + ": no result by the deadline, chase the sample" : sample + ": " + await (Task<string>)first);
    }
}
