using Harness;

namespace Scenarios.P17_UndisposedTimeout;

/// <summary>
/// P17: the ward round fetches the latest lab result of three patients at once, each lookup bounded by a
/// 30-second timeout. The buggy client never disposes its timeout source, so its timer outlives the lookup.
/// </summary>
public static class UndisposedTimeout
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P17",
        "timeout source never disposed",
        BugKind.LeakedTimer,
        () => WardRoundFetchesResults(lab => new LabResultClient(lab)),
        () => WardRoundFetchesResults(lab => new DisposingLabResultClient(lab)));

    private static async Task WardRoundFetchesResults(Func<LabSystem, ILabResultClient> open)
    {
        var client = open(new LabSystem());

        string[] results = await Task.WhenAll(
            Controlled.Run(() => client.FetchLatestAsync("bed 12"), "bed 12"),
            Controlled.Run(() => client.FetchLatestAsync("bed 14"), "bed 14"),
            Controlled.Run(() => client.FetchLatestAsync("bed 15"), "bed 15"));

        Invariant.Assert(results.Length == 3 && results.All(result => result.Contains("potassium", StringComparison.Ordinal)), "every bed's result arrives");
    }
}
