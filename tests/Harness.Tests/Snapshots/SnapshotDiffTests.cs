using Harness.Snapshots;

namespace Harness.Tests.Snapshots;

public sealed class SnapshotDiffTests
{
    [Fact]
    public void Equal_snapshots_compare_as_null()
    {
        Assert.Null(SnapshotStore.Compare(Samples.Deadlock(), Samples.Deadlock()));
    }

    [Fact]
    public void Settings_and_details_may_differ_between_runs()
    {
        var received = Samples.Deadlock() with { Settings = "strategy=pct seed=9 iterations=5", Details = "other chain" };

        Assert.Null(SnapshotStore.Compare(Samples.Deadlock(), received));
    }

    [Fact]
    public void A_received_snapshot_that_still_holds_machine_values_compares_by_its_scrubbed_form()
    {
        var verified = Samples.Deadlock() with { Summary = "blocked on thread <id> at Orders.cs:4" };
        var received = Samples.Deadlock() with { Summary = "blocked on thread 17 at /home/ci/src/Orders.cs:4" };

        Assert.Null(SnapshotStore.Compare(verified, received));
    }

    [Fact]
    public void A_different_test_is_named()
    {
        string? difference = SnapshotStore.Compare(Samples.Deadlock(), Samples.Deadlock() with { Test = "A.B" });

        Assert.Equal("test: the verified file was recorded for 'Orders.Tests.TransferTests.Transfers_do_not_deadlock', this run is 'A.B'", difference);
    }

    [Fact]
    public void A_different_verdict_says_both_and_explains_none()
    {
        var verified = Samples.Deadlock() with { Verdict = null };

        Assert.Equal("verdict (line 4): verified none (this schedule must pass), this run Deadlock", SnapshotStore.Compare(verified, Samples.Deadlock()));
    }

    [Fact]
    public void A_different_summary_line_is_shown_from_both_sides()
    {
        var verified = Samples.Deadlock() with { Summary = "first\nsecond" };

        string? difference = SnapshotStore.Compare(verified, verified with { Summary = "first\nchanged" });

        Assert.Equal("summary line 2 (line 6 of the verified file) differs:\n  verified: second\n  this run: changed", difference);
    }

    [Fact]
    public void The_first_differing_step_is_named_with_its_line()
    {
        var verified = Samples.Deadlock() with { Schedule = Samples.Steps(45) };
        var choices = Samples.Steps(45).ToArray();
        choices[23] = new(9, 9);

        string? difference = SnapshotStore.Compare(verified, verified with { Schedule = choices });

        Assert.Equal("schedule differs at step 23 (line 13): verified 2:23, this run 9:9", difference);
    }

    [Fact]
    public void A_longer_schedule_says_how_much_is_equal()
    {
        var verified = Samples.Deadlock();

        string? difference = SnapshotStore.Compare(verified, verified with { Schedule = [.. verified.Schedule.Take(2)] });

        Assert.Equal("schedule (line 11): verified has 5 steps, this run 2; the first 2 are equal", difference);
    }

    [Fact]
    public void The_first_differing_trace_line_is_found()
    {
        var verified = Samples.Deadlock();
        var trace = verified.Trace.ToArray();
        trace[1] = "    1  00:00:00.000  debit                     starts";

        string? difference = SnapshotStore.Compare(verified, verified with { Trace = trace });

        Assert.Equal(
            $"trace line 2 (line 15 of the verified file) differs:\n  verified: {verified.Trace[1]}\n  this run: {trace[1]}",
            difference);
        Assert.StartsWith("  ", SnapshotFormat.Write(verified).Split('\n')[15 - 1], StringComparison.Ordinal);
        Assert.EndsWith(verified.Trace[1], SnapshotFormat.Write(verified).Split('\n')[15 - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_shorter_trace_shows_the_line_that_is_missing()
    {
        var verified = Samples.Deadlock();

        string? difference = SnapshotStore.Compare(verified, verified with { Trace = [.. verified.Trace.Take(2)] });

        Assert.Equal($"trace: verified has 3 lines, this run 2; the first 2 are equal, then verified goes on with: {verified.Trace[2]}", difference);
    }
}
