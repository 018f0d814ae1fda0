using Harness.Tests.Programs;

namespace Harness.Tests.Hybrid;

public sealed class SyncLostUpdateTests
{
    [Theory]
    [InlineData(SchedulingStrategy.Random)]
    [InlineData(SchedulingStrategy.Pct)]
    [InlineData(SchedulingStrategy.Exhaustive)]
    public void A_synchronous_counter_increment_in_two_operations_is_reported(SchedulingStrategy strategy)
    {
        var result = ConcurrencyTest.Explore(SyncCounters.Unguarded, new ExplorationOptions { Strategy = strategy, Seed = 7 });

        Assert.NotNull(result.Bug);
        Assert.Equal(BugKind.DataRace, result.Bug.Kind);
        Assert.Contains("SyncCounters.total", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    [Fact]
    public void The_race_names_both_operations_and_both_sites()
    {
        var result = ConcurrencyTest.Explore(SyncCounters.Unguarded, new ExplorationOptions { Seed = 7 });

        Assert.Equal(["first", "second"], result.Bug!.Operations.Order());
        Assert.Matches(@"SyncCounters\.cs:[89] .* SyncCounters\.cs:[89]", result.Bug.Summary);
        Assert.Contains("Interlocked", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_explicit_api_finds_the_same_race()
    {
        // The Interleave() between read and write is a step in which the thread could have synchronised, so a
        // schedule that loses the update there may end as the failed assertion instead: both verdicts are this bug.
        var results = Enumerable.Range(0, 10)
            .Select(seed => ConcurrencyTest.Explore(SyncCounters.ExplicitApi, new ExplorationOptions { Seed = (ulong)seed }))
            .ToList();

        Assert.All(results, result => Assert.Contains(result.Bug?.Kind, new BugKind?[] { BugKind.DataRace, BugKind.AssertionFailure }));
        Assert.Contains(results, result => result.Bug is { Kind: BugKind.DataRace } race && race.Summary.Contains("SyncCounters.cs:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lock_around_the_increment_passes_every_schedule()
    {
        var result = ConcurrencyTest.Explore(SyncCounters.Locked, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void A_lock_around_the_increment_passes_a_thousand_random_schedules()
    {
        var result = ConcurrencyTest.Explore(SyncCounters.Locked, new ExplorationOptions { Iterations = 1_000, Seed = 3, Strategy = SchedulingStrategy.Random });

        Assert.Null(result.Bug);
        Assert.Equal(1_000, result.Iterations);
    }

    [Fact]
    public void An_interlocked_increment_passes_every_schedule()
    {
        var result = ConcurrencyTest.Explore(SyncCounters.Interlocked, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }
}
