using Harness;

namespace Scenarios.P06_SelfBlockingChannel;

/// <summary>The results table of the clinical data system; each insert is a round trip.</summary>
public sealed class ResultStore
{
    private readonly List<LabResult> results = [];

    /// <summary>The results stored so far.</summary>
    public IReadOnlyList<LabResult> Results => results;

    /// <summary>Stores one result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>A task that completes when the result is stored.</returns>
    public async Task SaveAsync(LabResult result)
    {
        await Controlled.Yield();
        results.Add(result);
    }
}
