using Harness.Tests.Programs;

namespace Harness.Tests.Hybrid;

public sealed class DataRaceTests
{
    [Fact]
    public void A_race_is_reported_even_when_the_schedule_ran_the_increments_one_after_the_other()
    {
        // Among the first iterations of these seeds, some run one increment entirely before the other reads, while
        // the other already waits at its read: nothing is lost there (it reads the written value), yet either
        // access could have gone first.
        var unlost = Enumerable.Range(0, 20)
            .Select(seed => ConcurrencyTest.Explore(SyncCounters.Unguarded, new ExplorationOptions { Iterations = 1, Seed = (ulong)seed, Shrink = false }))
            .Where(result => result.Bug is not null && result.Bug.Summary.Contains(" read SyncCounters.total at SyncCounters.cs:8 and ", StringComparison.Ordinal)
                && result.Bug.Summary.Contains(" wrote it at SyncCounters.cs:9", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(unlost);
        Assert.All(unlost, result => Assert.Equal(BugKind.DataRace, result.Bug!.Kind));
        string[] trace = [.. unlost[0].Trace];
        int write = Array.FindIndex(trace, line => line.Contains("writes SyncCounters.total", StringComparison.Ordinal));
        int reads = trace.Count(line => line.Contains("reads SyncCounters.total", StringComparison.Ordinal));
        Assert.True(write >= 0 && reads == 2 && trace[^1].Contains("reads", StringComparison.Ordinal), string.Join('\n', trace));
    }

    [Fact]
    public void A_race_on_a_plain_field_suggests_a_lock_or_interlocked_not_a_concurrent_collection()
    {
        var result = ConcurrencyTest.Explore(SyncCounters.Unguarded, new ExplorationOptions { Seed = 7 });

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("Fix: guard every access with the same lock, or use Interlocked", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Concurrent", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_schedule_of_the_unguarded_counter_reports_the_race_before_any_lost_update()
    {
        for (ulong seed = 0; seed < 20; seed++)
        {
            var result = ConcurrencyTest.Explore(SyncCounters.UnguardedTenTimes, new ExplorationOptions { Iterations = 1, Seed = seed, Shrink = false });

            Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        }
    }

    [Fact]
    public void Reading_after_awaiting_both_writers_is_not_a_race()
    {
        // The final read in the body follows Task.WhenAll: both writers happen before it.
        var result = ConcurrencyTest.Explore(SyncCounters.Locked, new ExplorationOptions { Iterations = 500, Seed = 11, Strategy = SchedulingStrategy.Pct });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_hybrid_schedule_replays_to_a_byte_identical_trace()
    {
        var found = ConcurrencyTest.Explore(SyncLocks.OppositeOrder, new ExplorationOptions { Seed = 3 });

        var first = ConcurrencyTest.Replay(SyncLocks.OppositeOrder, found.Schedule);
        var second = ConcurrencyTest.Replay(SyncLocks.OppositeOrder, found.Schedule);

        Assert.Equal(BugKind.Deadlock, first.Bug?.Kind);
        Assert.Equal(found.Trace, first.Trace);
        Assert.Equal(first.Trace, second.Trace);
        Assert.Equal(first.Bug!.Summary, second.Bug!.Summary);
        Assert.Contains(first.Trace, line => line.Contains("enters lock at Transfer.cs:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_seed_gives_the_same_hybrid_schedule()
    {
        var options = new ExplorationOptions { Seed = 5, Iterations = 50 };

        var first = ConcurrencyTest.Explore(SyncCounters.UnguardedTenTimes, options);
        var second = ConcurrencyTest.Explore(SyncCounters.UnguardedTenTimes, options);

        Assert.Equal(first.Schedule, second.Schedule);
        Assert.Equal(first.Trace, second.Trace);
    }
}
