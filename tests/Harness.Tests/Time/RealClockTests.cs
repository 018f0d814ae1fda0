using System.Diagnostics;
using Harness.Interception;

namespace Harness.Tests.Time;

/// <summary>
/// A refill computed from a clock read: on the virtual clock when the read is redirected, and, when it reads the real
/// clock in code that is not rewritten, a step-bound report that says so and names the fix (issue 17).
/// </summary>
public sealed class RealClockTests
{
    private static readonly ExplorationOptions Bounded = new() { Iterations = 1, MaxSteps = 200 };

    [Fact]
    public void A_refill_loop_on_the_redirected_clock_gets_its_token_after_virtual_time_passes()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var bucket = new Bucket(() => StopwatchCalls.GetTimestamp("Bucket.cs:9"));
            while (!bucket.TryTake())
            {
                await Task.Delay(TimeSpan.FromMinutes(1), Controlled.Time);
            }
        }, Bounded);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_refill_loop_on_the_real_clock_reaches_the_step_bound_and_the_report_says_it_waits_on_real_time()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var bucket = new Bucket(Stopwatch.GetTimestamp);
            while (!bucket.TryTake())
            {
                await Task.Delay(TimeSpan.FromMinutes(1), Controlled.Time);
            }
        }, Bounded);

        Assert.Equal(BugKind.StepBoundReached, result.Bug?.Kind);
        Assert.Contains("waits for real time to pass", result.Bug!.Details, StringComparison.Ordinal);
        Assert.Contains("\"Assemblies\" in coyote.json", result.Bug.Details, StringComparison.Ordinal);
    }

    /// <summary>One token after an hour (virtual or real), as a token bucket computes its refill from timestamps.</summary>
    private sealed class Bucket(Func<long> now)
    {
        private readonly long created = now();

        internal bool TryTake() => Stopwatch.GetElapsedTime(created, now()) >= TimeSpan.FromHours(1);
    }
}
