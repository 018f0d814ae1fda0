using Harness.Settings;
using Harness.Snapshots;
using Harness.Testing;

namespace Harness.Coyote;

/// <summary>
/// Runs a concurrency test case under Coyote's TestingEngine (Engine = "coyote"), in the harness's order: a pinned or
/// HARNESS_REPLAY schedule, else the verified Coyote schedule, else exploration; judged like the harness judges its
/// own runs. Loaded by name from <see cref="OtherEngines"/>. What Coyote cannot decide (a leaked task without a join,
/// a race without a scheduling point, deadlines) it does not report, and this adapter invents nothing in its place.
/// </summary>
internal sealed partial class CoyoteEngine : IOtherEngine
{
    public string? Run(OtherEngineRun run)
    {
        var test = run.Test;
        if (run.PinnedReplay is { } pinned)
        {
            string path = Path.Combine(test.Folder, pinned);
            Replay(run, Read(test, path, checkIdentity: true)!, path);
            return null;
        }

        if (run.Settings.ReplayPath.Value is { } replayPath)
        {
            // HARNESS_REPLAY names one test's file; other tests in the same dotnet test run explore as usual.
            string path = ReplayPaths.Resolve(replayPath, test);
            if (Read(test, path, checkIdentity: false) is { } recording && recording.Test == test.Name)
            {
                Replay(run, recording, path);
                return null;
            }
        }

        string verifiedPath = CoyoteSnapshot.PathFor(test.Verified);
        string? note = null;
        if (File.Exists(verifiedPath))
        {
            var verified = Read(test, verifiedPath, checkIdentity: true)!;
            if (ReplayRegression(run, verified, verifiedPath, out note))
            {
                return null;
            }
        }

        var outcome = CoyoteRunner.Run(CoyoteSettings.Explore(test.Name, run.Settings), run.Body, TimeSpan.FromSeconds(run.Settings.TimeBudgetSeconds.Value));
        if (outcome.Bug is null && outcome.Iterations < run.Settings.Iterations.Value)
        {
            // Passing on partial work would make the verdict depend on the machine's speed.
            throw new TestRunFailure($"{test.Name}: Coyote stopped after {outcome.Iterations} of {run.Settings.Iterations.Value} iterations without a bug: it ran out of its time budget, TimeBudgetSeconds = {run.Settings.TimeBudgetSeconds.Value} ({run.Settings.TimeBudgetSeconds.Source}). Fix: raise TimeBudgetSeconds, or lower Iterations.");
        }

        if (run.ExpectedBug is { } expected)
        {
            JudgeExpectedBug(run, outcome, expected);
        }
        else
        {
            JudgeFact(run, outcome);
        }

        return note;
    }

    private static CoyoteSnapshot? Read(TestIdentity test, string path, bool checkIdentity)
    {
        if (!File.Exists(path))
        {
            throw new TestRunFailure($"{test.Name}: the schedule file to replay, {path}, does not exist. Fix: point {SnapshotPaths.ReplayVariable} or the attribute's Replay property at a {CoyoteSnapshot.ReceivedSuffix} or {CoyoteSnapshot.VerifiedSuffix} file, or unset it.");
        }

        string text = File.ReadAllText(path);
        if (text.StartsWith(SnapshotFormat.Magic, StringComparison.Ordinal))
        {
            throw new TestRunFailure($"{test.Name}: {path} is a schedule of the harness's own engine, and this test runs under Coyote (Engine = \"{EngineNames.Coyote}\"): Coyote cannot replay the harness's choices. Fix: replay it with Engine set to \"{EngineNames.Harness}\", or point {SnapshotPaths.ReplayVariable} at the test's {CoyoteSnapshot.ReceivedSuffix} file.");
        }

        var snapshot = CoyoteSnapshot.Parse(text, path);
        if (checkIdentity && snapshot.Test != test.Name)
        {
            throw new TestRunFailure($"{test.Name}: the schedule file {path} was recorded for the test '{ControlCharacters.Escape(snapshot.Test)}', not for this test ('{test.Name}'). A schedule replays only in the test that recorded it. Fix: if this is the test the schedule was recorded for, change the file's second line to \"test: {test.Name}\"; otherwise delete the file.");
        }

        return snapshot;
    }
}
