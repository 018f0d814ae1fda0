using Harness;
using Harness.Xunit;
using Scenarios.Plain.Polling;

namespace Scenarios.Plain.Tests.Polling;

/// <summary>A plain System.Threading.Timer, rewritten onto the virtual clock (issue 12).</summary>
public sealed class StockPollerFacts
{
    [Fact]
    public void Polls_slower_than_a_periodic_timer_overlap_and_lose_counts()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var poller = StockPoller.Periodic(3);
            await poller.Done;
            Invariant.Assert(poller.Polls == 3, "every poll is counted");
        }, new ExplorationOptions { Iterations = 50, Seed = 0 });

        Assert.NotNull(result.Bug);
        Assert.True(result.Bug.Kind is BugKind.DataRace or BugKind.AssertionFailure, result.Bug.ToString());
        Assert.Contains("StockPoller", result.Bug.Summary, StringComparison.Ordinal);
    }

    [ConcurrencyFact(Iterations = 100)]
    public async Task A_poller_that_re_arms_a_one_shot_timer_after_each_poll_counts_every_poll()
    {
        using var poller = StockPoller.Rearming(3);
        var start = Controlled.Time.GetUtcNow();
        await poller.Done;
        Invariant.Assert(poller.Polls == 3, "every poll is counted");
        Invariant.Assert(Controlled.Time.GetUtcNow() - start == TimeSpan.FromMilliseconds(3 * 25 + 2 * StockPoller.PeriodMilliseconds), "three 25 ms polls, 10 ms apart, on the virtual clock");
    }
}
