using Harness.Tests.Programs;

namespace Harness.Tests.Hybrid;

public sealed class SyncDictionaryTests
{
    [Fact]
    public void Two_operations_writing_one_dictionary_are_a_data_race()
    {
        var result = ConcurrencyTest.Explore(SyncDictionaries.Unguarded, new ExplorationOptions { Seed = 7 });

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("wrote Dictionary at Cache.cs:14 and ", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("ConcurrentDictionary", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locked_dictionary_passes_every_schedule()
    {
        var result = ConcurrencyTest.Explore(SyncDictionaries.Locked, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void A_concurrent_dictionary_passes_every_schedule()
    {
        var result = ConcurrencyTest.Explore(SyncDictionaries.Concurrent, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }
}
