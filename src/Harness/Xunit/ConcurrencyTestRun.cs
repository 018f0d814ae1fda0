using System.Reflection;
using Harness.Settings;
using Harness.Snapshots;

namespace Harness.Xunit;

/// <summary>
/// Runs one concurrency test case: an explicit replay (HARNESS_REPLAY), else the verified regression schedule
/// first, then exploration; judges the outcome against the test's expectation and keeps the schedule snapshot.
/// Every failure is a <see cref="ConcurrencyBugException"/> whose message is the whole report.
/// </summary>
internal sealed partial class ConcurrencyTestRun(IConcurrencyAttribute attribute, MethodInfo method, object[] arguments, Func<Task> body)
{
    private readonly TestIdentity test = new(attribute, method, arguments);
    private readonly BugKind? expected = attribute.ExpectedBug;

    internal void Execute()
    {
        var settings = ResolveSettings();
        var options = settings.ToOptions();
        if (attribute.Replay is { } pinned)
        {
            string path = Path.Combine(Path.GetDirectoryName(test.Received)!, pinned);
            Replay(ReadSnapshot(path)!, path, options);
            return;
        }

        if (settings.ReplayPath.Value is { } replayPath && ReadSnapshot(replayPath) is { } recording && recording.Test == test.Name)
        {
            Replay(recording, replayPath, options);
            return;
        }

        if (File.Exists(test.Verified) && ReplayRegression(ReadSnapshot(test.Verified)!, options))
        {
            return;
        }

        var result = ConcurrencyTest.Explore(body, options);
        if (result.Bug is null && result.OutOfTime is { } outOfTime)
        {
            // Passing on partial work would make the verdict depend on the machine's speed.
            throw new ConcurrencyBugException($"{test.Name}: {outOfTime}{(result.UnstoppedThreads is { } unstopped ? "\n\n" + unstopped : "")}");
        }

        if (expected is null)
        {
            JudgeFact(result);
        }
        else
        {
            JudgeExpectedBug(result, expected.Value, settings.AutoAccept.Value);
        }
    }

    private EffectiveSettings ResolveSettings()
    {
        try
        {
            return SettingsResolver.Resolve(test.SettingsFolder, attribute.Overrides, HarnessEnvironment.Variables);
        }
        catch (SettingsException e)
        {
            throw new ConcurrencyBugException($"{test.Name}: the harness settings are invalid. {e.Message}");
        }
    }

    private ScheduleSnapshot? ReadSnapshot(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                throw new ConcurrencyBugException($"{test.Name}: the schedule file to replay, {path}, does not exist. Fix: point {SnapshotPaths.ReplayVariable} or the attribute's Replay property at a .schedule.received.txt or .schedule.verified.txt file, or unset it.");
            }

            return SnapshotFormat.Parse(File.ReadAllText(path), path);
        }
        catch (SnapshotException e)
        {
            throw new ConcurrencyBugException($"{test.Name}: {e.Message}");
        }
    }
}
