using Harness;
using Harness.Xunit;
using Scenarios.Plain.Polling;

namespace Scenarios.Plain.Tests.Polling;

/// <summary>A plain System.Timers.Timer, rewritten onto the virtual clock (issue 12).</summary>
public sealed class MeterReaderFacts
{
    [Fact]
    public void Readings_slower_than_an_auto_reset_interval_overlap_and_lose_one_in_the_total()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var reader = new MeterReader(3, restart: false);
            await reader.Done;
            Invariant.Assert(reader.Total == 3, "every reading is in the total");
        }, new ExplorationOptions { Iterations = 50, Seed = 0 });

        Assert.True(result.Bug?.Kind is BugKind.DataRace or BugKind.AssertionFailure, result.Bug?.ToString());
        Assert.Contains("MeterReader", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [ConcurrencyFact(Iterations = 100)]
    public async Task A_reader_that_restarts_its_timer_after_each_reading_counts_every_reading()
    {
        using var reader = new MeterReader(3, restart: true);
        await reader.Done;
        Invariant.Assert(reader.Total == 3, "every reading is in the total");
        Invariant.Assert(Controlled.Time.GetUtcNow() - new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) == TimeSpan.FromMilliseconds(3 * (50 + 80)), "each reading 50 ms after the last ended, 80 ms long");
    }
}
