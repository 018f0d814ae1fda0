using Harness.Exploration;
using Harness.Strategies;

namespace Harness.Tests.Strategies;

/// <summary>The portfolio gives up its exhaustive phase when the first exhaustive schedule shows it cannot finish.</summary>
public sealed class AdaptivePortfolioTests
{
    [Fact]
    public void The_exhaustive_phase_is_given_up_on_a_program_far_too_big_to_exhaust()
    {
        var portfolio = Explore(ManyYieldingOperations(6, 10), new ExplorationOptions { Iterations = 100 });

        Assert.True(portfolio.ExhaustivePhaseAbandoned);
        Assert.False(portfolio.IsExhausted);
    }

    [Fact]
    public void The_exhaustive_phase_is_kept_on_a_program_small_enough_to_exhaust()
    {
        var portfolio = Explore(ManyYieldingOperations(2, 2), new ExplorationOptions { Iterations = 1000 });

        Assert.False(portfolio.ExhaustivePhaseAbandoned);
        Assert.True(portfolio.IsExhausted);
    }

    [Fact]
    public void A_bug_found_after_the_phase_was_given_up_is_the_same_with_three_workers()
    {
        var body = RareFinishingOrder();
        var options = new ExplorationOptions { Seed = 2, Iterations = 1000 };

        var serial = ConcurrencyTest.Explore(body, options);
        var parallel = ConcurrencyTest.Explore(body, options with { Workers = 3 });

        Assert.NotNull(serial.Bug);
        Assert.True(serial.Iterations > PortfolioStrategy.OpeningIterations + 1, $"found in iteration {serial.Iterations}: before the phase was given up");
        Assert.Equal(serial.Iterations, parallel.Iterations);
        Assert.Equal(serial.Schedule, parallel.Schedule);
        Assert.Equal(serial.Trace, parallel.Trace);
        Assert.Equal(serial.TotalSteps, parallel.TotalSteps);
    }

    private static PortfolioStrategy Explore(Func<Task> body, ExplorationOptions options)
    {
        var portfolio = new PortfolioStrategy(options.Seed, options.StrategyBound, new OperationProfile());
        new Explorer(body, "test", options).Explore(() => portfolio);
        return portfolio;
    }

    private static Func<Task> ManyYieldingOperations(int operations, int yields) => () => Task.WhenAll(Enumerable.Range(0, operations).Select(i => Controlled.Run(async () =>
    {
        for (int step = 0; step < yields; step++)
        {
            await Task.Yield();
        }
    }, $"op{i}")));

    // Six operations of ten steps; fails only when operations 3, 5 and 4 finish first, in that order: an order none
    // of the opening's fixed schedules (oldest first, newest first) makes.
    private static Func<Task> RareFinishingOrder() => async () =>
    {
        var finished = new List<int>();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Controlled.Run(async () =>
        {
            for (int step = 0; step < 10; step++)
            {
                await Task.Yield();
            }

            finished.Add(i);
        }, $"op{i}")));
        Invariant.Assert(finished.Take(3).SequenceEqual([3, 5, 4]) is false, "operations 3, 5 and 4 do not finish first in that order");
    };
}
