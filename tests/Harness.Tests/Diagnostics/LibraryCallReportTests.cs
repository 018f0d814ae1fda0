using System.Threading.RateLimiting;
using Harness.Interception;

namespace Harness.Tests.Diagnostics;

/// <summary>
/// A real timer or uncontrolled work started inside a library the test calls: the report names the library call and
/// a fix that exists for it (a package named in "Assemblies", a switch, the shared framework's limits), never "add the
/// test assembly to Assemblies", and a wait only that timer would end is uncontrolled, not a deadlock.
/// </summary>
public sealed class LibraryCallReportTests
{
    private static readonly ExplorationOptions Once = new() { Iterations = 1, Shrink = false };

    [Fact]
    public void A_rate_limiter_refilled_by_its_own_timer_is_reported_as_waiting_on_real_time_with_the_package_fix()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 1, AutoReplenishment = true,
            });
            using var first = await limiter.AcquireAsync(1);
            using var second = await limiter.AcquireAsync(1);
        }, Once);

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        string summary = result.Bug!.Summary;
        Assert.StartsWith("'test' called new TokenBucketRateLimiter at LibraryCallReportTests.cs:", summary, StringComparison.Ordinal);
        Assert.Contains("the test waits on real time", summary, StringComparison.Ordinal);
        Assert.Contains("add \"System.Threading.RateLimiting\" (the package, not the test assembly) to \"Assemblies\"", summary, StringComparison.Ordinal);
        Assert.Contains("set AutoReplenishment = false in its TokenBucketRateLimiterOptions", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Harness.Tests\"", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_limiter_without_auto_replenishment_arms_no_timer_and_a_full_bucket_is_clean()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 2, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 1, AutoReplenishment = false,
            });
            var leases = await Task.WhenAll(
                Controlled.Run(async () => await limiter.AcquireAsync(1)),
                Controlled.Run(async () => await limiter.AcquireAsync(1)));
            Invariant.Assert(leases.All(lease => lease.IsAcquired), "both callers get a token");
            Array.ForEach(leases, lease => lease.Dispose());
        }, new ExplorationOptions { Iterations = 50 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_shared_framework_timer_is_named_and_the_fix_says_the_framework_cannot_be_rewritten()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var elapsed = new TaskCompletionSource();
            using var timer = new System.Timers.Timer(TimeSpan.FromMinutes(1));
            timer.Elapsed += (_, _) => elapsed.TrySetResult();
            timer.Start();
            await elapsed.Task;
        }, Once);

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        string summary = result.Bug!.Summary;
        Assert.Contains("which armed a real timer inside the library", summary, StringComparison.Ordinal);
        Assert.Contains("System.ComponentModel.TypeConverter is part of the shared framework, which the build cannot rewrite", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("to \"Assemblies\"", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Work_a_framework_component_queues_names_the_call_the_test_made()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var done = new TaskCompletionSource();
            using var worker = new System.ComponentModel.BackgroundWorker();
            worker.DoWork += (_, _) => done.TrySetResult();
            worker.RunWorkerAsync();
            await done.Task;
        }, Once);

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        string summary = result.Bug!.Summary;
        Assert.StartsWith("'test' called BackgroundWorker.RunWorkerAsync at LibraryCallReportTests.cs:", summary, StringComparison.Ordinal);
        Assert.Contains("which started work the scheduler does not control inside the library", summary, StringComparison.Ordinal);
        Assert.Contains("is part of the shared framework, which the build cannot rewrite", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blocking_wait_only_a_library_timer_would_release_is_uncontrolled_not_a_deadlock()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var released = new SemaphoreSlim(0);
            using var timer = new System.Timers.Timer(TimeSpan.FromMinutes(1));
            timer.Elapsed += (_, _) => released.Release();
            timer.Start();
            await Controlled.Run(() =>
            {
                SemaphoreSlimCalls.Wait(released, "Waiter.cs:3");
                return Task.CompletedTask;
            }, "waiter");
        }, Once);

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.Contains("the test waits on real time", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_library_a_blocking_wait_nobody_releases_is_still_a_deadlock()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var released = new SemaphoreSlim(0);
            await Controlled.Run(() =>
            {
                SemaphoreSlimCalls.Wait(released, "Waiter.cs:13");
                return Task.CompletedTask;
            }, "waiter");
        }, Once);

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
    }
}
