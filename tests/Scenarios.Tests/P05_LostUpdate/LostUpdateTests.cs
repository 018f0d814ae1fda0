using Harness;
using Scenarios.P05_LostUpdate;

namespace Scenarios.Tests.P05_LostUpdate;

public sealed class LostUpdateTests
{
    [Fact]
    public void Buggy_counter_loses_an_enrollment_in_some_schedule()
    {
        var result = ConcurrencyTest.Explore(LostUpdate.Pitfall.Buggy, new ExplorationOptions(), "P05 buggy");

        Assert.NotNull(result.Bug);
        Assert.Equal(BugKind.AssertionFailure, result.Bug.Kind);
        Assert.Contains("every enrollment is counted", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    [Fact]
    public void Guarded_counter_counts_every_enrollment_in_1000_schedules()
    {
        var result = ConcurrencyTest.Explore(LostUpdate.Pitfall.Fixed, new ExplorationOptions { Iterations = 1000, Strategy = SchedulingStrategy.Random }, "P05 fixed");

        Assert.Null(result.Bug);
        Assert.Equal(1000, result.Iterations);
    }

    [Fact]
    public void Guarded_counter_is_proven_by_the_default_portfolio_for_every_schedule_within_two_preemptions()
    {
        var result = ConcurrencyTest.Explore(LostUpdate.Pitfall.Fixed, new ExplorationOptions(), "P05 fixed");

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted, result.Coverage);
        Assert.StartsWith("all ", result.Coverage, StringComparison.Ordinal);
    }

    [Fact]
    public void Guarded_counter_also_survives_pct_schedules()
    {
        var options = new ExplorationOptions { Iterations = 1000, Strategy = SchedulingStrategy.Pct };

        var result = ConcurrencyTest.Explore(LostUpdate.Pitfall.Fixed, options, "P05 fixed");

        Assert.Null(result.Bug);
    }

    [Fact]
    public async Task Guarded_counter_works_outside_the_harness_on_real_threads()
    {
        // Controlled.Run is Task.Run outside a harness run: the scenario is ordinary production code.
        await LostUpdate.Pitfall.Fixed();
    }

    [Fact]
    public async Task Audit_log_records_the_total_before_each_enrollment()
    {
        var audit = new AuditLog();
        using var counter = new GuardedEnrollmentCounter(audit);

        await counter.EnrollAsync("cardiology", 3);
        await counter.EnrollAsync("oncology", 5);

        Assert.Equal(8, counter.Total);
        Assert.Equal(["cardiology: 0 + 3", "oncology: 3 + 5"], audit.Entries);
    }
}
