using Harness;
using Scenarios.Plain.Pricing;

namespace Scenarios.Plain.Tests.Pricing;

/// <summary>Plain code with <c>ReaderWriterLockSlim</c>, rewritten at build time: every Enter is a scheduling point.</summary>
public sealed class PriceListFacts
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 20_000 };

    [Fact]
    public void Leaving_the_read_lock_before_taking_the_write_lock_loses_a_raise()
    {
        var result = ConcurrencyTest.Explore(() => RaiseTwice(new PriceList(upgradeable: false)), Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("112 expected", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains(result.Trace, line => line.Contains("ReaderWriterLockSlim write lock at PriceList.cs:", StringComparison.Ordinal));
    }

    [Fact]
    public void Holding_the_upgradeable_read_lock_across_the_raise_loses_none()
    {
        var result = ConcurrencyTest.Explore(() => RaiseTwice(new PriceList(upgradeable: true)), Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    private static Task RaiseTwice(PriceList prices)
    {
        PriceList.RaiseTwice(prices);
        Invariant.Assert(prices.Price == 112, "both raises count: 112 expected, " + prices.Price + " seen");
        return Task.CompletedTask;
    }
}
