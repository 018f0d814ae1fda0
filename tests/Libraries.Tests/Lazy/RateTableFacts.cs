using Harness;
using Libraries.Subjects.Lazy;

namespace Libraries.Tests.Lazy;

/// <summary>A <see cref="Lazy{T}"/> in rewritten code, read by two operations whose load has a scheduling point (the counter's field access).</summary>
public sealed class RateTableFacts
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 20_000 };

    [Fact]
    public void A_default_lazy_shared_by_two_operations_loads_once_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(() => TwoReaders(new RateTable(lockFree: false)), Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void The_lock_free_variant_loads_twice_in_some_schedule()
    {
        var result = ConcurrencyTest.Explore(() => TwoReaders(new RateTable(lockFree: true)), Exhaustive);

        Assert.NotNull(result.Bug);
        Assert.Contains(result.Bug.Kind, new[] { BugKind.AssertionFailure, BugKind.DataRace });
        Assert.Contains("RateTable", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    private static async Task TwoReaders(RateTable table)
    {
        await Task.WhenAll(
            Controlled.Run(() => Task.FromResult(table.Rate("EUR")), "first"),
            Controlled.Run(() => Task.FromResult(table.Rate("GBP")), "second"));
        Invariant.Assert(table.Loads == 1, $"RateTable loaded its rates {table.Loads} times, once expected");
    }
}
