namespace Scenarios.P11_WhenAnyWithoutTimeout;

/// <summary>
/// The buggy tracker: it waits for whichever lab answers first, and for nothing else. A sample both labs lost is
/// never answered, and the tracker waits for it forever (Go's <c>select</c> with no timeout case).
/// </summary>
/// <param name="hospitalLab">The hospital's own lab.</param>
/// <param name="referenceLab">The backup lab.</param>
public sealed class SampleTracker(Laboratory hospitalLab, Laboratory referenceLab) : ISampleTracker
{
    private readonly List<string> worklist = [];

    /// <inheritdoc/>
    public IReadOnlyList<string> Worklist => worklist;

    /// <inheritdoc/>
    public async Task TrackAsync(string sample)
    {
        var first = await Task.WhenAny(hospitalLab.ResultAsync(sample), referenceLab.ResultAsync(sample));
        worklist.Add(sample + ": " + await first);
    }
}
