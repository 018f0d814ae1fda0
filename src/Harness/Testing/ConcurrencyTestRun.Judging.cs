using Harness.Snapshots;

namespace Harness.Testing;

/// <summary>How each kind of run is judged.</summary>
internal sealed partial class ConcurrencyTestRun
{
    private static string Choices(ScheduleSnapshot snapshot) => string.Join(' ', snapshot.Schedule);

    /// <summary>Runs exactly the recorded schedule, traced: passes only when it reproduces what was recorded.</summary>
    private void Replay(ScheduleSnapshot recording, string path, ExplorationOptions options)
    {
        var result = ConcurrencyTest.Replay(body, Choices(recording), options);
        string? difference = result.Divergence is null ? SnapshotCapture.Mismatch(recording, result) : DivergenceCause.Explain(recording, result).Text;
        if (difference is null && (recording.Verdict is null || recording.Verdict == expected))
        {
            return;
        }

        string headline = difference is null
            ? $"{test.Name}: replayed {path} and reproduced the recorded bug."
            : $"{test.Name}: replaying {path} did not reproduce the recording: {difference}";
        throw Failure(headline, result, null);
    }

    /// <summary>
    /// Replays the verified regression schedule. True when it settles the test (an expected bug reproduced);
    /// false when exploration should follow (a fixed bug that stays fixed).
    /// </summary>
    private bool ReplayRegression(ScheduleSnapshot verified, ExplorationOptions options)
    {
        var result = ConcurrencyTest.Replay(body, Choices(verified), options);
        if (result.ReplayProblem is not null)
        {
            var (cause, why) = DivergenceCause.Explain(verified, result);
            if (expected is null)
            {
                // A fix changes the code the schedule was recorded on: the schedule guards the fix as far as it still applies.
                return FollowRegression(verified, options, cause);
            }

            string fix = cause == DivergenceCause.Kind.Edited
                ? $"Fix: restore {test.Verified} from version control, or delete it and run the test again to record a new schedule."
                : $"An expected-bug fact must reproduce its schedule exactly. Fix: if the change was meant, delete {test.Verified} and run the test again to record a new schedule; if the file was edited, restore it from version control.";
            throw new TestRunFailure($"{test.Name}: the regression schedule {test.Verified} no longer replays: {why}\n{fix}");
        }

        var replayed = SnapshotCapture.FromResult(result, test.Name);
        if (expected is null)
        {
            if (result.Bug is not null)
            {
                throw Failure($"{test.Name}: the regression schedule {test.Verified} still fails.", result, null);
            }

            Note = $"regression schedule {test.Verified}: all {verified.Schedule.Count} recorded steps replayed and no bug appeared.";
            return false;
        }

        string? difference = replayed is null ? $"no bug happened (expected {expected})" : SnapshotStore.Compare(verified, replayed);
        if (difference is null && result.Bug!.Kind == expected)
        {
            SnapshotStore.DeleteReceived(test.Received);
            return true;
        }

        if (replayed is not null)
        {
            SnapshotStore.WriteReceived(test.Received, replayed);
        }

        throw Failure($"{test.Name}: the regression schedule {test.Verified} no longer gives the recorded outcome: {difference ?? $"found {result.Bug!.Kind}, expected {expected}"}.", result, replayed is null ? null : test.Received);
    }

    /// <summary>
    /// A plain fact's regression schedule that no longer fits the code: its recorded steps are followed as far as
    /// the code still offers them, then the run goes on deterministically; the fact fails only if that run finds a bug.
    /// </summary>
    private bool FollowRegression(ScheduleSnapshot verified, ExplorationOptions options, DivergenceCause.Kind cause)
    {
        var result = new Exploration.Explorer(body, "test", options).Follow(verified.Schedule);
        string applied = $"the first {result.StepsApplied} of its {verified.Schedule.Count} recorded steps still applied";
        string why = cause == DivergenceCause.Kind.Edited
            ? "the file looks edited or damaged there"
            : "the code changed since it was recorded";
        if (result.Bug is not null)
        {
            SnapshotStore.WriteReceived(test.Received, SnapshotCapture.FromResult(result, test.Name)!);
            throw Failure($"{test.Name}: the regression schedule {test.Verified} still finds a bug: {applied} ({why}), and the run that went on deterministically from there failed.", result, test.Received);
        }

        SnapshotStore.DeleteReceived(test.Received);
        Note = $"regression schedule {test.Verified}: {applied} ({why}); the run went on deterministically from there and no bug appeared.";
        return false;
    }

    private void JudgeFact(ExplorationResult result)
    {
        if (result.Bug is null)
        {
            SnapshotStore.DeleteReceived(test.Received);
            return;
        }

        SnapshotStore.WriteReceived(test.Received, SnapshotCapture.FromResult(result, test.Name)!);
        throw Failure($"{test.Name}: found a bug in iteration {result.Iterations}.", result, test.Received);
    }

    private void JudgeExpectedBug(ExplorationResult result, BugKind expectedKind, bool autoAccept)
    {
        if (result.Bug is null)
        {
            throw new TestRunFailure(
                $"{test.Name}: expected {expectedKind}, but all {result.Iterations} explored schedules passed ({result.Options.Describe()}). Fix: raise Iterations, try Strategy = \"pct\", or check that the bug is still in the code.");
        }

        var snapshot = SnapshotCapture.FromResult(result, test.Name)!;
        SnapshotStore.WriteReceived(test.Received, snapshot);
        if (result.Bug.Kind != expectedKind || result.ReplayProblem is not null)
        {
            string what = result.Bug.Kind != expectedKind ? $"expected {expectedKind}, found {result.Bug.Kind}" : $"found {expectedKind}, but its replay did not reproduce it";
            throw Failure($"{test.Name}: {what}.", result, test.Received);
        }

        if (autoAccept)
        {
            SnapshotStore.Accept(test.Received);
            return;
        }

        throw Failure($"{test.Name}: found the expected {expectedKind}; its schedule is new. Review it and accept it as the regression schedule (AutoAccept in coyote.json or HARNESS_AUTO_ACCEPT=true accepts new schedules outside CI).", result, test.Received);
    }

    private TestRunFailure Failure(string headline, ExplorationResult result, string? snapshotPath)
    {
        string? diagram = snapshotPath is not null && result.Diagram.Length > 0 ? SnapshotStore.WriteDiagram(snapshotPath, test.Name, result.Diagram) : null;
        return new(FailureMessage.ForRun(headline, result, snapshotPath, test, diagram)) { Bug = result.Bug };
    }
}
