using Harness;
using Harness.Xunit;
using Scenarios.Plain.Dunning;

namespace Scenarios.Plain.Tests.Dunning;

/// <summary>Thread-local subtotals merged in localFinally: += races, Interlocked.Add does not.</summary>
public sealed class OverdueTallyFacts
{
    [Fact]
    public void Merging_subtotals_with_plus_equals_in_local_finally_is_a_data_race_between_two_workers()
    {
        var result = ConcurrencyTest.Explore(() => Tally(OverdueTally.Racy), new ExplorationOptions { Seed = 3, Iterations = 1000 });

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("OverdueTally.total at OverdueTally.cs:17", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.All(result.Bug.Operations, name => Assert.StartsWith("Parallel.For at OverdueTally.cs:17", name, StringComparison.Ordinal));
        Assert.Null(result.ReplayProblem);
    }

    [ConcurrencyFact]
    public Task Merging_subtotals_with_interlocked_add_sums_every_invoice() => Tally(OverdueTally.Merged);

    private static Task Tally(Func<int[], int> tally)
    {
        int total = tally([3, 45, 60, 12]);
        Invariant.Assert(total == 120, $"total {total}, expected 120");
        return Task.CompletedTask;
    }
}
