using Harness.Interception;

namespace Harness.Tests.Hybrid;

/// <summary>Per-worker subtotals merged in localFinally: the merge runs on every worker at once.</summary>
public sealed class ParallelLoopLocalSumTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 20_000 };

    [Fact]
    public void Local_finally_that_adds_its_subtotal_to_a_shared_total_without_a_lock_is_a_data_race_between_workers()
    {
        var result = ConcurrencyTest.Explore(() => Sum(interlocked: false), Exhaustive);

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("Totals.sum", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    [Fact]
    public void Local_finally_that_adds_its_subtotal_with_interlocked_passes_every_schedule()
    {
        var result = ConcurrencyTest.Explore(() => Sum(interlocked: true), Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    private static async Task Sum(bool interlocked)
    {
        var box = new int[1];
        ParallelCalls.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 2 }, () => 0, (index, state, subtotal) =>
        {
            // A scheduling point per body, so the second worker gets bodies of its own.
            ThreadCalls.Yield("Totals.cs:5");
            return subtotal + index;
        }, subtotal =>
        {
            if (interlocked)
            {
                Interlocked.Add(ref box[0], subtotal);
                return;
            }

            SharedMemoryCalls.OnRead(box, "Totals.sum", "Totals.cs:8");
            int read = box[0];
            SharedMemoryCalls.OnWrite(box, "Totals.sum", "Totals.cs:9");
            box[0] = read + subtotal;
        }, "Totals.cs:3");
        Invariant.Assert(box[0] == 6, $"sum is {box[0]}, expected 6");
        await Task.Yield();
    }
}
