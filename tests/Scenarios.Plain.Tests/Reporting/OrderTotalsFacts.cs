using Harness;
using Harness.Xunit;
using Scenarios.Plain.Reporting;

namespace Scenarios.Plain.Tests.Reporting;

/// <summary>
/// Plain code with <c>Monitor.TryEnter(gate, 100)</c>, <c>Thread.Sleep</c> and <c>Task.WaitAll</c>, rewritten at build
/// time: the timed TryEnter gives up on the virtual clock while the import sleeps with the lock held.
/// </summary>
public sealed class OrderTotalsFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Counting_an_order_without_the_lock_after_a_timeout_loses_it() => CountADay(new BestEffortTotals());

    [ConcurrencyFact]
    public Task Retrying_the_timed_lock_counts_every_order() => CountADay(new PatientTotals());

    [Fact]
    public void The_import_overwrites_the_order_counted_while_it_slept()
    {
        var result = ConcurrencyTest.Explore(() => CountADay(new BestEffortTotals()));

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("6 expected, 5 counted", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains(result.Trace, line => line.Contains("tries lock at BestEffortTotals.cs:", StringComparison.Ordinal));
    }

    private static Task CountADay(IOrderTotals totals)
    {
        Day.Run(totals);
        Invariant.Assert(totals.Orders == 6, "every order is counted: 6 expected, " + totals.Orders + " counted");
        return Task.CompletedTask;
    }
}
