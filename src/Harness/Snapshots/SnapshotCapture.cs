namespace Harness.Snapshots;

/// <summary>Turns an exploration's outcome into the snapshot the adapter writes.</summary>
internal static class SnapshotCapture
{
    /// <summary>
    /// The snapshot of a failing run, scrubbed, its trace bounded (<see cref="TraceBound"/>), with the schedule before shrinking when shrinking changed it;
    /// null when no bug was found (passing runs write nothing).
    /// </summary>
    /// <param name="result">The exploration or replay outcome.</param>
    /// <param name="test">The test's full name, e.g. <c>Orders.Tests.TransferTests.Transfers_do_not_deadlock</c>.</param>
    internal static ScheduleSnapshot? FromResult(ExplorationResult result, string test)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrEmpty(test);
        if (result.Bug is not { } bug)
        {
            return null;
        }

        return new ScheduleSnapshot(
            ScheduleSnapshot.CurrentFormatVersion,
            test,
            Settings(result.Options),
            bug.Kind,
            Scrubber.Scrub(bug.Summary),
            Scrubber.Scrub(bug.Details),
            result.Choices,
            [.. TraceBound.Apply(result.Trace).Select(Scrubber.Scrub)])
        {
            OriginalSchedule = result.OriginalChoices,
        };
    }

    /// <summary>
    /// How a replay of <paramref name="recording"/> differs from it (the step where it diverged, a verdict that
    /// did not come back, the first differing trace line), or null when it reproduced the recording exactly.
    /// </summary>
    internal static string? Mismatch(ScheduleSnapshot recording, ExplorationResult replay)
    {
        if (replay.ReplayProblem is { } problem)
        {
            return problem;
        }

        var replayed = FromResult(replay, recording.Test);
        if (replayed is null)
        {
            return recording.Verdict is null ? null : $"the recorded {recording.Verdict} did not happen";
        }

        return SnapshotStore.Compare(recording, replayed);
    }

    /// <summary>The settings line, e.g. <c>strategy=random seed=0 iterations=1000 strategy-bound=3 max-steps=10000 watchdog=5s</c>.</summary>
    internal static string Settings(ExplorationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Describe();
    }
}
