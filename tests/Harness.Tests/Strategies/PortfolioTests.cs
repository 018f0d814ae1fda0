using Harness.Strategies;
using Harness.Tests.Programs;

namespace Harness.Tests.Strategies;

public sealed class PortfolioTests
{
    [Fact]
    public void The_portfolio_is_the_default_strategy()
    {
        Assert.Equal(SchedulingStrategy.Portfolio, new ExplorationOptions().Strategy);
    }

    [Fact]
    public void A_small_correct_program_is_proven_within_two_preemptions_after_the_opening()
    {
        var orders = new List<string>();

        var result = ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(orders));

        // TwoByTwo has 14 schedules within preemption bound 2 (ExhaustiveSearchTests counts them).
        Assert.True(result.SearchSpaceExhausted);
        // Iteration 0 is the search's first schedule; it resumes after the 31 other schedules of the opening.
        Assert.Equal(PortfolioStrategy.SampledOpening + 14, result.Iterations);
        Assert.Equal("all 14 schedules within preemption bound 2 explored, after 31 other schedules (fixed orders, random, surw, pos, pct), no bug", result.Coverage);
        Assert.Equal(14, orders.Take(1).Concat(orders.Skip(PortfolioStrategy.OpeningIterations)).Distinct().Count());
    }

    [Fact]
    public void A_program_too_big_for_the_exhaustive_phase_runs_every_iteration_and_claims_no_proof()
    {
        // Four operations of six steps: far more than 256 schedules within two preemptions.
        var result = ConcurrencyTest.Explore(FourYieldingOperations, new ExplorationOptions { Iterations = 400 });

        Assert.Null(result.Bug);
        Assert.False(result.SearchSpaceExhausted);
        Assert.Equal(400, result.Iterations);
        Assert.Equal("400 schedules explored (portfolio: fixed orders, random, surw, pos, pct depth 3, exhaustive up to 2 preemptions), no bug", result.Coverage);
    }

    [Fact]
    public void The_portfolio_finds_a_lost_update_in_its_opening_and_replays_it()
    {
        var result = ConcurrencyTest.Explore(Counters.Unguarded);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.InRange(result.Iterations, 1, PortfolioStrategy.OpeningIterations);
        Assert.Null(result.ReplayProblem);
        Assert.Equal(result.Bug!.ToString(), ConcurrencyTest.Replay(Counters.Unguarded, result.Schedule).Bug?.ToString());
    }

    private static Task FourYieldingOperations() => Task.WhenAll(Enumerable.Range(0, 4).Select(i => Controlled.Run(async () =>
    {
        for (int step = 0; step < 5; step++)
        {
            await Task.Yield();
        }
    }, $"op{i}")));

    [Fact]
    public void The_same_seed_gives_the_same_portfolio_schedules()
    {
        var first = new List<string>();
        var second = new List<string>();

        ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(first), new ExplorationOptions { Seed = 5 });
        ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(second), new ExplorationOptions { Seed = 5 });

        Assert.Equal(first, second);
    }
}
