using Harness;
using Harness.Xunit;
using Scenarios.Plain.Dunning;

namespace Scenarios.Plain.Tests.Dunning;

/// <summary>A parallel search for the first overdue invoice: Stop with a shared index is the bug, Break the fix.</summary>
public sealed class FinderFacts
{
    [Fact]
    public void A_search_that_stops_at_the_overdue_invoice_it_sees_first_can_return_a_later_one()
    {
        // Random: the default portfolio's fixed opening finds this program's data race first; this fact is about
        // the wrong answer a random schedule finds.
        var result = ConcurrencyTest.Explore(() => FindFirstOverdue(StoppingFinder.FirstOverdue), new ExplorationOptions { Strategy = SchedulingStrategy.Random, Seed = 3, Iterations = 1000 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("expected the first overdue invoice at 1", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    [ConcurrencyFact]
    public Task A_search_that_breaks_at_each_overdue_invoice_returns_the_lowest_break_iteration() => FindFirstOverdue(BreakingFinder.FirstOverdue);

    private static Task FindFirstOverdue(Func<int[], int> find)
    {
        int first = find([3, 45, 60]);
        Invariant.Assert(first == 1, $"found {first}, expected the first overdue invoice at 1");
        return Task.CompletedTask;
    }
}
