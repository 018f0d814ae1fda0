using Harness.Tests.Samples;

namespace Harness.Tests.Xunit;

public sealed class RegressionScheduleTests
{
    private const string Proven = nameof(LostUpdateFacts.Unguarded_adds_are_proven_to_lose_an_update);
    private const string Received = "LostUpdateFacts.Unguarded_adds_are_proven_to_lose_an_update.schedule.received.txt";
    private const string Verified = "LostUpdateFacts.Unguarded_adds_are_proven_to_lose_an_update.schedule.verified.txt";

    [Fact]
    public void An_expected_bug_with_no_verified_schedule_fails_as_new_and_writes_the_received_file()
    {
        using var sandbox = new SampleSandbox();

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), Proven);

        Assert.False(outcome.Passed);
        Assert.Contains("its schedule is new", outcome.Message, StringComparison.Ordinal);
        Assert.Equal([Received], sandbox.Files("*.txt"));
    }

    [Fact]
    public void An_accepted_schedule_makes_the_expected_bug_fact_pass_and_removes_the_received_file()
    {
        using var sandbox = new SampleSandbox();
        InProcessXunit.RunOne(typeof(LostUpdateFacts), Proven);
        File.Move(sandbox.PathOf(Received), sandbox.PathOf(Verified));

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), Proven);

        Assert.True(outcome.Passed, outcome.Message);
        Assert.Equal([Verified], sandbox.Files());
    }

    [Fact]
    public void The_verified_schedule_is_replayed_first_so_a_tampered_one_fails_at_its_step()
    {
        using var sandbox = new SampleSandbox();
        InProcessXunit.RunOne(typeof(LostUpdateFacts), Proven);
        string text = File.ReadAllText(sandbox.PathOf(Received));
        File.WriteAllText(sandbox.PathOf(Verified), text.Replace("\n  0:0 ", "\n  0:9 ", StringComparison.Ordinal));
        File.Delete(sandbox.PathOf(Received));

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), Proven);

        Assert.False(outcome.Passed);
        Assert.Contains("the schedule file was edited or damaged at step 0", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Replay diverged at step 0", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_accept_outside_ci_records_the_schedule_as_verified_and_passes()
    {
        using var sandbox = new SampleSandbox(("HARNESS_AUTO_ACCEPT", "true"));

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), Proven);

        Assert.True(outcome.Passed, outcome.Message);
        Assert.Equal([Verified], sandbox.Files());
    }

    [Fact]
    public void Auto_accept_never_acts_under_ci()
    {
        using var sandbox = new SampleSandbox(("HARNESS_AUTO_ACCEPT", "true"), ("CI", "true"));

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), Proven);

        Assert.False(outcome.Passed);
        Assert.Equal([Received], sandbox.Files("*.txt"));
    }

    [Fact]
    public void A_corrupt_verified_schedule_fails_with_the_file_and_line_instead_of_a_parser_exception()
    {
        using var sandbox = new SampleSandbox();
        File.WriteAllText(sandbox.PathOf(Verified), "harness schedule snapshot, format 1\ntest: x\nschedule (2 steps):\n  0:0 zz\n");

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), Proven);

        Assert.False(outcome.Passed);
        Assert.Contains($"Schedule snapshot {sandbox.PathOf(Verified)} line", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Fix:", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_replay_attribute_property_runs_exactly_the_pinned_schedule()
    {
        using var sandbox = new SampleSandbox();
        var method = typeof(PinnedReplay).GetMethod(nameof(PinnedReplay.Replays_the_pinned_schedule))!;
        var found = ConcurrencyTest.Explore(Harness.Testing.TestBody.For(typeof(PinnedReplay), method, [], []));
        string recording = sandbox.PathOf(PinnedReplay.File);
        File.WriteAllText(recording, Harness.Snapshots.SnapshotFormat.Write(Harness.Snapshots.SnapshotCapture.FromResult(found, "Harness.Tests.Samples.PinnedReplay.Replays_the_pinned_schedule")!));

        var outcome = InProcessXunit.RunOne(typeof(PinnedReplay), nameof(PinnedReplay.Replays_the_pinned_schedule));

        Assert.False(outcome.Passed);
        Assert.Contains($"replayed {recording} and reproduced the recorded bug", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Harness_replay_runs_exactly_the_recorded_schedule_and_shows_its_trace()
    {
        using var sandbox = new SampleSandbox();
        InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Unguarded_adds_lose_an_update));
        string recording = sandbox.PathOf("LostUpdateFacts.Unguarded_adds_lose_an_update.schedule.received.txt");
        sandbox.Variables["HARNESS_REPLAY"] = recording;

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Unguarded_adds_lose_an_update));

        Assert.False(outcome.Passed);
        Assert.Contains($"replayed {recording} and reproduced the recorded bug", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("trace (", outcome.Message, StringComparison.Ordinal);
    }
}
