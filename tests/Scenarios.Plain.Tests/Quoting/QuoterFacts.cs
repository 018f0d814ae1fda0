using Harness;
using Harness.Xunit;
using Scenarios.Plain.Quoting;
using Scenarios.Synchronous;

namespace Scenarios.Plain.Tests.Quoting;

/// <summary>S02: Parallel.ForEach bodies that add to one List&lt;T&gt; race on it.</summary>
public sealed class QuoterFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.DataRace)]
    public Task Parallel_for_each_adding_to_a_list_races() => SynchronousCatalogue.PriceThreeLines(ListQuoter.PriceAll);

    [ConcurrencyFact]
    public Task Parallel_for_each_adding_to_a_concurrent_bag_prices_every_line() => SynchronousCatalogue.PriceThreeLines(BagQuoter.PriceAll);

    [Fact]
    public void The_race_names_two_loop_bodies_adding_to_the_list()
    {
        // Random: the default portfolio's fixed opening finds the same race from the third loop body's side; this
        // fact checks the wording with the first body first.
        var result = ConcurrencyTest.Explore(() => SynchronousCatalogue.PriceThreeLines(ListQuoter.PriceAll), new ExplorationOptions { Strategy = SchedulingStrategy.Random });

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("'Parallel.ForEach at ListQuoter.cs:16' wrote List<T> at ListQuoter.cs:16 and 'Parallel.ForEach at ListQuoter.cs:16 #", result.Bug!.Summary, StringComparison.Ordinal);
    }
}
