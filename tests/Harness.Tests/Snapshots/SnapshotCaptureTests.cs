using Harness.Snapshots;
using Harness.Tests.Programs;

namespace Harness.Tests.Snapshots;

public sealed class SnapshotCaptureTests
{
    private const string TestName = "Harness.Tests.Programs.LockOrdering.OppositeOrder";

    [Fact]
    public void A_passing_run_gives_no_snapshot()
    {
        var passed = ConcurrencyTest.Explore(LockOrdering.SameOrder, new ExplorationOptions { Iterations = 20 });

        Assert.Null(SnapshotCapture.FromResult(passed, TestName));
    }

    [Fact]
    public void The_settings_line_lists_every_option_that_shapes_the_schedules()
    {
        var options = new ExplorationOptions { Strategy = SchedulingStrategy.Pct, Seed = 7, WatchdogTimeout = TimeSpan.FromMilliseconds(1500) };

        Assert.Equal("strategy=pct seed=7 iterations=1000 strategy-bound=3 max-steps=10000 watchdog=1.5s", SnapshotCapture.Settings(options));
    }

    [Fact]
    public void A_real_deadlock_goes_through_a_file_and_back_unchanged()
    {
        using var folder = new TempFolder();
        var found = ConcurrencyTest.Explore(LockOrdering.OppositeOrder, new ExplorationOptions { Seed = 3 });
        var snapshot = SnapshotCapture.FromResult(found, TestName)!;
        string received = SnapshotPaths.Received(folder.Path, "LockOrdering", "OppositeOrder");

        SnapshotStore.WriteReceived(received, snapshot);
        string verified = SnapshotStore.Accept(received);

        Assert.True(SnapshotStore.TryReadVerified(verified, out var read));
        Assert.Equal(snapshot, read);
        Assert.Equal(BugKind.Deadlock, read!.Verdict);
        Assert.Equal(found.Schedule, string.Join(' ', read.Schedule));
    }

    [Fact]
    public void Replaying_a_verified_schedule_reproduces_a_snapshot_that_compares_equal()
    {
        var found = ConcurrencyTest.Explore(LockOrdering.OppositeOrder, new ExplorationOptions { Seed = 3 });
        var verified = SnapshotFormat.Parse(SnapshotFormat.Write(SnapshotCapture.FromResult(found, TestName)!), "/x/LockOrdering.OppositeOrder.schedule.verified.txt");

        var replayed = ConcurrencyTest.Replay(LockOrdering.OppositeOrder, string.Join(' ', verified.Schedule), new ExplorationOptions { Iterations = 1 });

        Assert.Null(SnapshotStore.Compare(verified, SnapshotCapture.FromResult(replayed, TestName)!));
    }

    [Fact]
    public void A_shrunk_schedule_keeps_the_original_in_the_snapshot_and_still_replays_equal()
    {
        var shrunk = ConcurrencyTest.Explore(NoisyIncrements.Run);
        var written = SnapshotFormat.Write(SnapshotCapture.FromResult(shrunk, TestName)!);
        var verified = SnapshotFormat.Parse(written, "/x/NoisyIncrements.Run.schedule.verified.txt");

        var replayed = ConcurrencyTest.Replay(NoisyIncrements.Run, string.Join(' ', verified.Schedule));

        Assert.Equal(shrunk.OriginalSchedule, string.Join(' ', verified.OriginalSchedule!));
        Assert.Contains($"original schedule ({shrunk.OriginalSchedule!.Split(' ').Length} steps):", written, StringComparison.Ordinal);
        Assert.Null(SnapshotStore.Compare(verified, SnapshotCapture.FromResult(replayed, TestName)!));
    }

    [Fact]
    public void Without_shrinking_the_snapshot_has_no_original_schedule()
    {
        var found = ConcurrencyTest.Explore(NoisyIncrements.Run, new ExplorationOptions { Shrink = false });

        Assert.Null(SnapshotCapture.FromResult(found, TestName)!.OriginalSchedule);
    }
}
