using Harness.Tests.Programs;

namespace Harness.Tests.Scheduling;

public sealed class LostUpdateTests
{
    [Theory]
    [InlineData(SchedulingStrategy.Random)]
    [InlineData(SchedulingStrategy.Pct)]
    [InlineData(SchedulingStrategy.Exhaustive)]
    public void A_lost_update_across_an_await_is_found(SchedulingStrategy strategy)
    {
        var result = ConcurrencyTest.Explore(Counters.Unguarded, new ExplorationOptions { Strategy = strategy, Seed = 7 });

        Assert.NotNull(result.Bug);
        Assert.Equal(BugKind.AssertionFailure, result.Bug.Kind);
        Assert.Contains("an update was lost", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
        Assert.NotEmpty(result.Trace);
    }

    [Fact]
    public void Guarding_the_update_with_a_semaphore_passes_ten_thousand_schedules()
    {
        var result = ConcurrencyTest.Explore(Counters.Guarded, new ExplorationOptions { Iterations = 10_000, Seed = 7, Strategy = SchedulingStrategy.Random });

        Assert.Null(result.Bug);
        Assert.Equal(10_000, result.Iterations);
        Assert.Empty(result.Trace);
    }

    [Fact]
    public void The_guarded_counter_also_survives_pct()
    {
        var result = ConcurrencyTest.Explore(Counters.Guarded, new ExplorationOptions { Iterations = 2_000, Strategy = SchedulingStrategy.Pct, StrategyBound = 5 });

        Assert.Null(result.Bug);
    }
}
