using Harness.Snapshots;
using Harness.Tests.Samples;
using Harness.Testing;
using Harness.Xunit;

namespace Harness.Tests.Xunit;

/// <summary>
/// A verified schedule recorded on buggy code, replayed by the plain fact of the fixed code: the fix changed the
/// awaits, so the schedule no longer replays exactly, and the fact must still pass and say how far it applied.
/// </summary>
public sealed class RegressionAfterFixTests
{
    [Theory]
    [InlineData(nameof(FixedAfterRecording.Buggy_unguarded_adds), nameof(FixedAfterRecording.A_lock_keeps_every_update))]
    [InlineData(nameof(FixedAfterRecording.Buggy_check_then_await_loads_twice), nameof(FixedAfterRecording.A_moved_check_loads_once))]
    [InlineData(nameof(FixedAfterRecording.Buggy_unawaited_work_is_read_early), nameof(FixedAfterRecording.Awaited_work_is_read_after_it_finished))]
    public void A_schedule_recorded_on_the_bug_still_guards_the_fix_and_passes(string buggy, string fixedFact)
    {
        using var sandbox = new SampleSandbox();
        var recording = Record(buggy, fixedFact);
        string verified = sandbox.PathOf($"{nameof(FixedAfterRecording)}.{fixedFact}.schedule.verified.txt");
        File.WriteAllText(verified, SnapshotFormat.Write(recording));

        var outcome = InProcessXunit.RunOne(typeof(FixedAfterRecording), fixedFact);

        Assert.True(outcome.Passed, outcome.Message);
        Assert.True(outcome.Output.Contains($"of its {recording.Schedule.Count} recorded steps still applied (the code changed since it was recorded)", StringComparison.Ordinal), outcome.Output);
        Assert.Equal([Path.GetFileName(verified)], sandbox.Files());
    }

    [Fact]
    public void A_fix_that_is_not_one_fails_where_the_followed_schedule_leads_and_records_what_ran()
    {
        using var sandbox = new SampleSandbox();
        const string Fact = nameof(FixedAfterRecording.A_half_fix_still_reads_early);
        var recording = Record(nameof(FixedAfterRecording.Buggy_unawaited_work_is_read_early), Fact);
        File.WriteAllText(sandbox.PathOf($"{nameof(FixedAfterRecording)}.{Fact}.schedule.verified.txt"), SnapshotFormat.Write(recording));

        var outcome = InProcessXunit.RunOne(typeof(FixedAfterRecording), Fact);

        Assert.False(outcome.Passed);
        Assert.Contains("still finds a bug: the first", outcome.Message, StringComparison.Ordinal);
        string received = sandbox.PathOf($"{nameof(FixedAfterRecording)}.{Fact}.schedule.received.txt");
        sandbox.Variables["HARNESS_REPLAY"] = received;
        var replay = InProcessXunit.RunOne(typeof(FixedAfterRecording), Fact);
        Assert.Contains($"replayed {received} and reproduced the recorded bug", replay.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_schedule_still_fails_the_buggy_code_it_was_recorded_on()
    {
        using var sandbox = new SampleSandbox();
        var recording = Record(nameof(FixedAfterRecording.Buggy_unguarded_adds), "Unguarded_adds_lose_an_update", typeof(LostUpdateFacts));
        File.WriteAllText(sandbox.PathOf("LostUpdateFacts.Unguarded_adds_lose_an_update.schedule.verified.txt"), SnapshotFormat.Write(recording));

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Unguarded_adds_lose_an_update));

        Assert.False(outcome.Passed);
        Assert.Contains("still fails", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_hand_edited_choice_in_an_expected_bug_schedule_is_called_an_edit_not_a_code_change()
    {
        using var sandbox = new SampleSandbox(("HARNESS_AUTO_ACCEPT", "true"));
        const string Proven = nameof(LostUpdateFacts.Unguarded_adds_are_proven_to_lose_an_update);
        InProcessXunit.RunOne(typeof(LostUpdateFacts), Proven);
        string path = sandbox.PathOf($"LostUpdateFacts.{Proven}.schedule.verified.txt");
        var recorded = SnapshotFormat.Parse(File.ReadAllText(path), path);
        int last = recorded.Schedule.Count - 1;
        var edited = recorded with { Schedule = [.. recorded.Schedule.Take(last), new global::Harness.Strategies.Choice(recorded.Schedule[last].Index, 99)] };
        File.WriteAllText(path, SnapshotFormat.Write(edited));

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), Proven);

        Assert.False(outcome.Passed);
        Assert.Contains($"the schedule file was edited or damaged at step {last}", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the code changed", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expected_bug_fact_still_fails_when_its_schedule_no_longer_replays_exactly()
    {
        using var sandbox = new SampleSandbox();
        const string Fact = nameof(FixedAfterRecording.A_lock_under_an_expected_bug_fact);
        var recording = Record(nameof(FixedAfterRecording.Buggy_unguarded_adds), Fact);
        File.WriteAllText(sandbox.PathOf($"{nameof(FixedAfterRecording)}.{Fact}.schedule.verified.txt"), SnapshotFormat.Write(recording));

        var outcome = InProcessXunit.RunOne(typeof(FixedAfterRecording), Fact);

        Assert.False(outcome.Passed, outcome.Message);
        Assert.True(outcome.Message.Contains("no longer replays", StringComparison.Ordinal), outcome.Message);
        Assert.Contains("no longer replays", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("the code changed since the schedule was recorded", outcome.Message, StringComparison.Ordinal);
    }

    /// <summary>Explores the buggy method and returns its failing schedule, named for <paramref name="fixedFact"/>.</summary>
    private static ScheduleSnapshot Record(string buggy, string fixedFact, Type? owner = null)
    {
        var method = typeof(FixedAfterRecording).GetMethod(buggy)!;
        var found = ConcurrencyTest.Explore(TestBody.For(typeof(FixedAfterRecording), method, [], []), new ExplorationOptions { Seed = 1 });
        Assert.NotNull(found.Bug);
        return SnapshotCapture.FromResult(found, $"{(owner ?? typeof(FixedAfterRecording)).FullName}.{fixedFact}")!;
    }
}
