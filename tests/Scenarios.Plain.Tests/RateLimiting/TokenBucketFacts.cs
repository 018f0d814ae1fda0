using Harness;
using Harness.Xunit;
using Scenarios.Plain.RateLimiting;

namespace Scenarios.Plain.Tests.RateLimiting;

/// <summary>Issue 11 in rewritten code: the field hooks come from the rewriter, the SemaphoreSlim is the BCL's.</summary>
public sealed class TokenBucketFacts
{
    [ConcurrencyFact]
    public async Task Gate_guarded_bucket_is_not_a_race_when_spawned_with_a_plain_lambda()
    {
        var bucket = new TokenBucket(5);
        await Task.WhenAll(Controlled.Run(() => bucket.TryAcquireAsync(), "a"), Controlled.Run(() => bucket.TryAcquireAsync(), "b"));
        Invariant.Assert(bucket.Taken == 2, "both acquisitions are counted");
    }

    [ConcurrencyFact]
    public async Task Gate_guarded_bucket_is_not_a_race_when_spawned_with_an_async_lambda()
    {
        var bucket = new TokenBucket(5);
        await Task.WhenAll(Controlled.Run(async () => await bucket.TryAcquireAsync(), "a"), Controlled.Run(async () => await bucket.TryAcquireAsync(), "b"));
        Invariant.Assert(bucket.Taken == 2, "both acquisitions are counted");
    }

    [Fact]
    public void Count_written_back_after_an_await_is_a_data_race_on_the_field()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var bucket = new LeakyTokenBucket();
            await Task.WhenAll(Controlled.Run(() => bucket.TakeAsync(), "a"), Controlled.Run(() => bucket.TakeAsync(), "b"));
        }, new ExplorationOptions { Seed = 0 });

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("LeakyTokenBucket.taken", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("LeakyTokenBucket.cs:", result.Bug.Summary, StringComparison.Ordinal);
    }
}
