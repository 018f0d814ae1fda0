using Harness.Snapshots;
using Harness.Tests.Samples;

namespace Harness.Tests.Xunit;

public sealed class SnapshotEdgeTests
{
    private const string Sample = "Harness.Tests.Samples.LostUpdateFacts.Unguarded_adds_lose_an_update";
    private const string SampleFile = "LostUpdateFacts.Unguarded_adds_lose_an_update.schedule.received.txt";
    private const string SampleVerified = "LostUpdateFacts.Unguarded_adds_lose_an_update.schedule.verified.txt";

    [Fact]
    public void A_verified_schedule_recorded_for_another_test_is_an_error_naming_both()
    {
        using var sandbox = new SampleSandbox();
        InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Unguarded_adds_lose_an_update));
        string text = File.ReadAllText(sandbox.PathOf(SampleFile)).Replace($"test: {Sample}", "test: Old.Namespace.LostUpdateFacts.Unguarded_adds_lose_an_update", StringComparison.Ordinal);
        File.WriteAllText(sandbox.PathOf(SampleVerified), text);

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Unguarded_adds_lose_an_update));

        Assert.False(outcome.Passed);
        Assert.Contains($"was recorded for the test 'Old.Namespace.LostUpdateFacts.Unguarded_adds_lose_an_update', not for this test ('{Sample}')", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Fix:", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_harness_replay_path_is_found_in_the_tests_source_folder()
    {
        using var sandbox = new SampleSandbox();
        InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Unguarded_adds_lose_an_update));
        sandbox.Variables["HARNESS_REPLAY"] = SampleFile;

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Unguarded_adds_lose_an_update));

        Assert.Contains($"replayed {sandbox.PathOf(SampleFile)} and reproduced the recorded bug", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_harness_replay_path_found_nowhere_lists_every_path_tried()
    {
        using var sandbox = new SampleSandbox(("HARNESS_REPLAY", "missing.schedule.received.txt"));

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Unguarded_adds_lose_an_update));

        Assert.False(outcome.Passed);
        Assert.Contains($"  {Path.GetFullPath("missing.schedule.received.txt")}\n", outcome.Message, StringComparison.Ordinal);
        Assert.Contains($"  {sandbox.PathOf("missing.schedule.received.txt")}\n", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_escapes_in_an_exception_are_escaped_in_the_message_and_the_snapshot()
    {
        using var sandbox = new SampleSandbox();

        var outcome = InProcessXunit.RunOne(typeof(SnapshotEdgeFacts), nameof(SnapshotEdgeFacts.Throws_a_message_with_terminal_escapes));

        string snapshot = File.ReadAllText(sandbox.PathOf("SnapshotEdgeFacts.Throws_a_message_with_terminal_escapes.schedule.received.txt"));
        Assert.Contains("screen \\u001B[2J cleared\\u0007", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("screen \\u001B[2J cleared\\u0007", snapshot, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', outcome.Message + snapshot);
        Assert.DoesNotContain('\u0007', outcome.Message + snapshot);
    }

    [Fact]
    public void A_long_trace_is_kept_to_its_head_and_tail_and_the_bounded_snapshot_still_replays_as_recorded()
    {
        using var sandbox = new SampleSandbox();
        const string Received = "SnapshotEdgeFacts.Spins_forever.schedule.received.txt";

        var outcome = InProcessXunit.RunOne(typeof(SnapshotEdgeFacts), nameof(SnapshotEdgeFacts.Spins_forever));

        var snapshot = SnapshotFormat.Parse(File.ReadAllText(sandbox.PathOf(Received)), Received);
        Assert.Equal(BugKind.StepBoundReached, snapshot.Verdict);
        Assert.Equal(3000, snapshot.Schedule.Count);
        Assert.Equal(TraceBound.Head + 1 + TraceBound.Tail, snapshot.Trace.Count);
        Assert.Contains(snapshot.Trace, line => line.Contains("trace lines elided", StringComparison.Ordinal));
        Assert.True(outcome.Message.Length < 20_000, $"message of {outcome.Message.Length} characters");

        sandbox.Variables["HARNESS_REPLAY"] = sandbox.PathOf(Received);
        var replay = InProcessXunit.RunOne(typeof(SnapshotEdgeFacts), nameof(SnapshotEdgeFacts.Spins_forever));
        Assert.Contains("and reproduced the recorded bug", replay.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapped_source_path_keeps_snapshots_beside_the_real_source_file_and_reads_them_back()
    {
        using var sandbox = new SampleSandbox(sourceFolder: true);
        string folder = Path.GetDirectoryName(SourcePath())!;
        string received = Path.Combine(folder, "MappedSourceFacts.Fails_with_a_mapped_source_path.schedule.received.txt");
        string verified = SnapshotPaths.VerifiedFor(received);
        try
        {
            var first = InProcessXunit.RunOne(typeof(MappedSourceFacts), nameof(MappedSourceFacts.Fails_with_a_mapped_source_path));
            Assert.Contains($"schedule: {received}", first.Message, StringComparison.Ordinal);
            Assert.True(File.Exists(received));

            File.Move(received, verified);
            var second = InProcessXunit.RunOne(typeof(MappedSourceFacts), nameof(MappedSourceFacts.Fails_with_a_mapped_source_path));
            Assert.Contains($"the regression schedule {verified} still fails", second.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(received);
            File.Delete(SnapshotPaths.DiagramFor(received));
            File.Delete(verified);
        }
    }

    [Fact]
    public void A_mapped_source_path_that_matches_no_file_fails_loudly_instead_of_writing_under_the_root()
    {
        using var sandbox = new SampleSandbox(sourceFolder: true);

        var outcome = InProcessXunit.RunOne(typeof(MappedSourceFacts), nameof(MappedSourceFacts.Has_a_source_path_that_maps_nowhere));

        Assert.False(outcome.Passed);
        Assert.Contains("cannot find the test's source folder", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("'/_/nowhere/Missing.cs'", outcome.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists("/_/nowhere"));
    }

    private static string SourcePath([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "Harness.Tests.Samples", "SnapshotEdgeFacts.cs") is var sample ? Path.GetFullPath(sample) : path;
}
