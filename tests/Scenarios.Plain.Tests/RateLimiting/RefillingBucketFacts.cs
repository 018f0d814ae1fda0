using Harness;
using Harness.Xunit;
using Scenarios.Plain.RateLimiting;

namespace Scenarios.Plain.Tests.RateLimiting;

/// <summary>A refill computed from Stopwatch.GetTimestamp, rewritten onto the virtual clock (issue 17).</summary>
public sealed class RefillingBucketFacts
{
    [ConcurrencyFact(Iterations = 50)]
    public async Task Two_callers_waiting_for_tokens_get_them_as_virtual_seconds_pass()
    {
        var bucket = new RefillingBucket();
        await Task.WhenAll(Controlled.Run(() => bucket.TakeAsync(), "a"), Controlled.Run(() => bucket.TakeAsync(), "b"));
        var start = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        // Two refills of one second each, seen at the next 100 ms poll at the latest.
        Invariant.Assert(bucket.LastTakenAt >= start.AddSeconds(2) && bucket.LastTakenAt <= start.AddSeconds(2.2), "the second token comes two virtual seconds after the start");
    }
}
