using System.Reflection;
using Harness.Settings;
using Harness.Snapshots;

namespace Harness.Testing;

/// <summary>
/// Runs one concurrency test case: an explicit replay (HARNESS_REPLAY), else the verified regression schedule
/// first, then exploration; judges the outcome against the test's expectation and keeps the schedule snapshot.
/// Every failure is a <see cref="TestRunFailure"/> whose message is the whole report.
/// </summary>
internal sealed partial class ConcurrencyTestRun(IConcurrencyAttribute attribute, MethodInfo method, object[] arguments, Func<Task> body)
{
    private readonly TestIdentity test = new(attribute, method, arguments);
    private readonly BugKind? expected = attribute.ExpectedBug;

    /// <summary>What a passing run has to say (how much of a regression schedule still applied); null when nothing.</summary>
    internal string? Note { get; private set; }

    internal void Execute()
    {
        var settings = ResolveSettings();
        if (settings.Engine.Value != EngineNames.Harness)
        {
            Note = OtherEngines.Load(test.Name, settings.Engine).Run(new OtherEngineRun(test, expected, attribute.Replay, settings, body));
            return;
        }

        var options = settings.ToOptions();
        if (attribute.Replay is { } pinned)
        {
            string path = Path.Combine(test.Folder, pinned);
            var pinnedRecording = ReadSnapshot(path)!;
            CheckIdentity(pinnedRecording, path);
            Replay(pinnedRecording, path, options);
            return;
        }

        if (settings.ReplayPath.Value is { } replayPath)
        {
            // HARNESS_REPLAY is set for one test, and dotnet test may run others with it: only its own test replays.
            string path = ReplayPaths.Resolve(replayPath, test);
            if (ReadSnapshot(path) is { } recording && recording.Test == test.Name)
            {
                Replay(recording, path, options);
                return;
            }
        }

        if (File.Exists(test.Verified))
        {
            var verified = ReadSnapshot(test.Verified)!;
            CheckIdentity(verified, test.Verified);
            if (ReplayRegression(verified, options))
            {
                return;
            }
        }

        var result = ConcurrencyTest.Explore(body, options);
        if (result.Bug is null && result.OutOfTime is { } outOfTime)
        {
            // Passing on partial work would make the verdict depend on the machine's speed.
            throw new TestRunFailure($"{test.Name}: {outOfTime}{(result.UnstoppedThreads is { } unstopped ? "\n\n" + unstopped : "")}");
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
            throw new TestRunFailure($"{test.Name}: the harness settings are invalid. {e.Message}");
        }
    }

    /// <summary>A snapshot read for this test must have been recorded for it: a copied or renamed file would replay another test's schedule.</summary>
    private void CheckIdentity(ScheduleSnapshot snapshot, string path)
    {
        if (snapshot.Test != test.Name)
        {
            throw new TestRunFailure(
                $"{test.Name}: the schedule file {path} was recorded for the test '{ControlCharacters.Escape(snapshot.Test)}', not for this test ('{test.Name}'). A schedule replays only in the test that recorded it; the file was copied or renamed, or the test moved to another class or namespace. Fix: if this is the test the schedule was recorded for, change the file's first section to \"test: {test.Name}\"; otherwise delete the file (and run harness snapshots --check to find schedules whose test is gone).");
        }
    }

    private ScheduleSnapshot? ReadSnapshot(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                throw new TestRunFailure($"{test.Name}: the schedule file to replay, {path}, does not exist. Fix: point {SnapshotPaths.ReplayVariable} or the attribute's Replay property at a .schedule.received.txt or .schedule.verified.txt file, or unset it.");
            }

            return SnapshotFormat.Parse(File.ReadAllText(path), path);
        }
        catch (SnapshotException e)
        {
            throw new TestRunFailure($"{test.Name}: {e.Message}");
        }
    }
}
