using Harness.Tests.Programs;

namespace Harness.Tests.Exploration;

/// <summary>Every run says how many schedules it executed; only exhaustive search can say it covered them all.</summary>
public sealed class CoverageTests
{
    [Theory]
    [InlineData(SchedulingStrategy.Random, "300 schedules explored (random), no bug")]
    [InlineData(SchedulingStrategy.Pct, "300 schedules explored (pct, depth 3), no bug")]
    public void Random_and_pct_count_their_iterations_and_never_claim_to_have_exhausted_the_space(SchedulingStrategy strategy, string coverage)
    {
        var result = ConcurrencyTest.Explore(TwoByTwo.RecordingOrder([]), new ExplorationOptions { Strategy = strategy, Iterations = 300 });

        Assert.Equal(300, result.SchedulesExplored);
        Assert.False(result.SearchSpaceExhausted);
        Assert.Equal(coverage, result.Coverage);
    }

    [Fact]
    public void A_bug_found_by_random_search_says_in_which_schedule()
    {
        var result = ConcurrencyTest.Explore(Counters.Unguarded, new ExplorationOptions { Seed = 7, Strategy = SchedulingStrategy.Random });

        Assert.Equal($"bug found in schedule {result.Iterations} (random)", result.Coverage);
        Assert.Equal(result.Iterations, result.SchedulesExplored);
    }

    [Fact]
    public void A_replay_runs_one_schedule()
    {
        var found = ConcurrencyTest.Explore(Counters.Unguarded, new ExplorationOptions { Seed = 7 });

        var replayed = ConcurrencyTest.Replay(Counters.Unguarded, found.Schedule);

        Assert.Equal(1, replayed.SchedulesExplored);
        Assert.False(replayed.SearchSpaceExhausted);
        Assert.Equal("bug found by replaying the recorded schedule", replayed.Coverage);
    }

    [Fact]
    public void A_strategy_bound_of_zero_is_a_preemption_bound_for_exhaustive_search_but_invalid_for_pct()
    {
        Assert.True(ConcurrencyTest.Explore(TwoByTwo.RecordingOrder([]), new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = 0 }).SearchSpaceExhausted);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ConcurrencyTest.Explore(TwoByTwo.RecordingOrder([]), new ExplorationOptions { Strategy = SchedulingStrategy.Pct, StrategyBound = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ConcurrencyTest.Explore(TwoByTwo.RecordingOrder([]), new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = -1 }));
    }
}
