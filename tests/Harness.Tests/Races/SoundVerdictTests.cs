using Harness.Tests.Programs;

namespace Harness.Tests.Races;

/// <summary>Issue 11: a race verdict never depends on how a lambda is spelled, and correct code is never called racy.</summary>
public sealed class SoundVerdictTests
{
    public static TheoryData<string> Spellings => ["() => bucket.TryAcquireAsync()", "async () => await bucket.TryAcquireAsync()"];

    [Theory]
    [MemberData(nameof(Spellings))]
    public void A_semaphore_guarded_counter_is_not_a_race_however_the_lambda_is_spelled(string spelling)
    {
        Func<Task> body = spelling.StartsWith("async", StringComparison.Ordinal) ? TokenBuckets.GuardedAsyncLambda : TokenBuckets.GuardedPlainLambda;

        var random = ConcurrencyTest.Explore(body, new ExplorationOptions { Iterations = 2_000, Seed = 7 });
        var exhaustive = ConcurrencyTest.Explore(body, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = 3, Iterations = 20_000 });

        Assert.Null(random.Bug);
        Assert.Null(exhaustive.Bug);
        Assert.True(exhaustive.Iterations > 1, $"the exhaustive search ran {exhaustive.Iterations} schedules");
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public void An_unguarded_read_await_write_in_async_bodies_is_a_data_race_however_the_lambda_is_spelled(string spelling)
    {
        Func<Task> body = spelling.StartsWith("async", StringComparison.Ordinal) ? TokenBuckets.UnguardedAsyncLambda : TokenBuckets.UnguardedPlainLambda;

        var result = ConcurrencyTest.Explore(body, new ExplorationOptions { Iterations = 200, Seed = 3 });

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("TokenBuckets.tokens", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("was already waiting at its access when the other was made", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_that_sees_the_other_write_is_still_a_race_when_the_reader_was_already_at_it()
    {
        // The reader reached its read before the write ran and did nothing since, so either order was possible:
        // this schedule lost nothing, another one loses the update.
        var seen = Enumerable.Range(0, 30)
            .Select(seed => ConcurrencyTest.Explore(TokenBuckets.UnguardedAsyncLambda, new ExplorationOptions { Iterations = 1, Seed = (ulong)seed, Shrink = false }))
            .Where(result => result.Bug is { Kind: BugKind.DataRace } bug && bug.Summary.Contains(" read TokenBuckets.tokens at ", StringComparison.Ordinal) && bug.Summary.Contains(" wrote it at ", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(seen);
        string[] trace = [.. seen[0].Trace];
        Assert.True(trace[^1].Contains("reads TokenBuckets.tokens", StringComparison.Ordinal), string.Join('\n', trace));
        Assert.Single(trace, line => line.Contains("writes TokenBuckets.tokens", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_unguarded_calls_in_one_operation_race_and_two_guarded_ones_do_not()
    {
        var unguarded = ConcurrencyTest.Explore(TokenBuckets.UnguardedInOneOperation, new ExplorationOptions { Iterations = 200, Seed = 3 });
        var guarded = ConcurrencyTest.Explore(TokenBuckets.GuardedInOneOperation, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 20_000 });

        Assert.Equal(BugKind.DataRace, unguarded.Bug?.Kind);
        // Which of the two accesses the report names first depends on the schedule that found the race.
        Assert.Contains("another flow of 'test' (an async call it has not awaited yet, or a callback it started) ", unguarded.Bug!.Summary, StringComparison.Ordinal);
        Assert.Null(guarded.Bug);
        Assert.True(guarded.SearchSpaceExhausted);
    }
}
