using Harness.Strategies;
using Harness.Tests.Programs;

namespace Harness.Tests.Strategies;

/// <summary>The portfolio's first iterations are fixed schedules, the same for every seed and every worker count.</summary>
public sealed class PortfolioOpeningTests
{
    [Fact]
    public void The_opening_schedules_are_the_same_for_every_seed()
    {
        var first = OpeningOrders(seed: 1);
        var second = OpeningOrders(seed: 7);

        Assert.Equal(PortfolioStrategy.OpeningSchedules, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_oldest_first_schedule_alternates_the_operations_and_the_newest_first_one_does_not()
    {
        var orders = OpeningOrders(seed: 0);

        Assert.Equal("ababab", orders[2]);
        Assert.NotEqual(orders[2], orders[1]);
    }

    [Fact]
    public void A_bug_found_by_an_opening_schedule_is_the_same_with_three_workers()
    {
        string newestFirst = OpeningOrders(seed: 0)[1];
        var body = TwoByTwo.FailingOnlyIn(newestFirst);
        var options = new ExplorationOptions { Seed = 4, Iterations = 100 };

        var serial = ConcurrencyTest.Explore(body, options);
        var parallel = ConcurrencyTest.Explore(body, options with { Workers = 3 });

        Assert.Equal(BugKind.AssertionFailure, serial.Bug?.Kind);
        Assert.Equal(2, serial.Iterations);
        Assert.Equal(serial.Iterations, parallel.Iterations);
        Assert.Equal(serial.Schedule, parallel.Schedule);
        Assert.Equal(serial.Trace, parallel.Trace);
    }

    private static List<string> OpeningOrders(ulong seed)
    {
        var orders = new List<string>();
        ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(orders), new ExplorationOptions { Seed = seed, Iterations = PortfolioStrategy.OpeningSchedules });
        return orders;
    }
}
