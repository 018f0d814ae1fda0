using System.Text;
using Harness.Testing;

namespace Harness.Coyote;

/// <summary>How each kind of Coyote run is judged: as the harness judges its own (ConcurrencyTestRun.Judging).</summary>
internal sealed partial class CoyoteEngine
{
    /// <summary>Replays a recorded Coyote trace once: passes only when Coyote reproduces the recorded verdict.</summary>
    private static void Replay(OtherEngineRun run, CoyoteSnapshot recording, string path)
    {
        var outcome = CoyoteRunner.Run(CoyoteSettings.Replay(run.Test.Name, run.Settings, recording.Trace), run.Body);
        bool reproduced = outcome.Bug?.Kind == recording.Verdict;
        if (reproduced && recording.Verdict == run.ExpectedBug)
        {
            return;
        }

        string headline = reproduced
            ? $"{run.Test.Name}: replayed {path} under Coyote and reproduced the recorded bug."
            : $"{run.Test.Name}: replaying {path} under Coyote did not reproduce the recording: {Difference(recording, outcome)}.";
        throw CoyoteFailure.Of(headline, run.Test, outcome, null);
    }

    /// <summary>True when the verified schedule settles the test (an expected bug reproduced); false when exploration follows.</summary>
    private static bool ReplayRegression(OtherEngineRun run, CoyoteSnapshot verified, string verifiedPath, out string? note)
    {
        note = null;
        var outcome = CoyoteRunner.Run(CoyoteSettings.Replay(run.Test.Name, run.Settings, verified.Trace), run.Body);
        string received = CoyoteSnapshot.PathFor(run.Test.Received);
        if (run.ExpectedBug is null)
        {
            if (outcome.Bug is not null)
            {
                throw CoyoteFailure.Of($"{run.Test.Name}: the regression schedule {verifiedPath} still fails under Coyote.", run.Test, outcome, null);
            }

            note = $"regression schedule {verifiedPath}: Coyote replayed it and no bug appeared.";
            return false;
        }

        if (outcome.Bug?.Kind == verified.Verdict && verified.Verdict == run.ExpectedBug)
        {
            File.Delete(received);
            return true;
        }

        throw new TestRunFailure($"{run.Test.Name}: the regression schedule {verifiedPath} no longer gives the recorded outcome under Coyote: {Difference(verified, outcome)}. An expected-bug fact must reproduce its schedule exactly. Fix: if the change was meant, delete {verifiedPath} and run the test again to record a new schedule; if the file was edited, restore it from version control.");
    }

    private static void JudgeFact(OtherEngineRun run, CoyoteOutcome outcome)
    {
        string received = CoyoteSnapshot.PathFor(run.Test.Received);
        if (outcome.Bug is null)
        {
            File.Delete(received);
            return;
        }

        Write(received, Snapshot(run, outcome));
        throw CoyoteFailure.Of($"{run.Test.Name}: Coyote found a bug in iteration {outcome.Iterations}.", run.Test, outcome, received);
    }

    private static void JudgeExpectedBug(OtherEngineRun run, CoyoteOutcome outcome, BugKind expected)
    {
        if (outcome.Bug is null)
        {
            throw new TestRunFailure(
                $"{run.Test.Name}: expected {expected}, but all {outcome.Iterations} schedules Coyote explored passed ({CoyoteSettings.Describe(run.Settings)}). Fix: raise Iterations, try Strategy = \"pct\", or check that the bug is still in the code and that its assembly is rewritten by Coyote (docs/comparison.md).");
        }

        string received = CoyoteSnapshot.PathFor(run.Test.Received);
        var snapshot = Snapshot(run, outcome);
        Write(received, snapshot);
        if (outcome.Bug.Kind != expected)
        {
            throw CoyoteFailure.Of($"{run.Test.Name}: expected {expected}, Coyote found {outcome.Bug.Kind}.", run.Test, outcome, received);
        }

        // The trace is kept only if Coyote replays it: a schedule that does not reproduce would guard nothing.
        var replayed = CoyoteRunner.Run(CoyoteSettings.Replay(run.Test.Name, run.Settings, snapshot.Trace), run.Body);
        if (replayed.Bug?.Kind != expected)
        {
            throw CoyoteFailure.Of($"{run.Test.Name}: Coyote found {expected}, but replaying its trace did not reproduce it: {Difference(snapshot, replayed)}.", run.Test, outcome, received);
        }

        if (run.Settings.AutoAccept.Value)
        {
            File.Move(received, CoyoteSnapshot.PathFor(run.Test.Verified), overwrite: true);
            return;
        }

        throw CoyoteFailure.Of($"{run.Test.Name}: Coyote found the expected {expected}; its schedule is new. Review it and accept it as the regression schedule (AutoAccept in coyote.json or HARNESS_AUTO_ACCEPT=true accepts new schedules outside CI).", run.Test, outcome, received);
    }

    private static CoyoteSnapshot Snapshot(OtherEngineRun run, CoyoteOutcome outcome) =>
        new(run.Test.Name, CoyoteSettings.Describe(run.Settings), outcome.Bug!.Kind, outcome.Bug.Summary, outcome.Trace);

    private static string Difference(CoyoteSnapshot recording, CoyoteOutcome outcome) =>
        outcome.Bug is null ? $"no bug happened (recorded {recording.Verdict})" : $"found {outcome.Bug.Kind}, recorded {recording.Verdict}";

    private static void Write(string path, CoyoteSnapshot snapshot)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, snapshot.Write(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
