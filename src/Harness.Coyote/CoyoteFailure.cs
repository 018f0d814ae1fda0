using System.Text;
using Harness.Snapshots;
using Harness.Testing;

namespace Harness.Coyote;

/// <summary>
/// The text of a failing test run under Coyote, in the shape of the harness's own (<see cref="FailureMessage"/>):
/// headline, verdict and summary, details, the schedule, then the commands to replay and accept it.
/// </summary>
internal static class CoyoteFailure
{
    internal static TestRunFailure Of(string headline, TestIdentity test, CoyoteOutcome outcome, string? snapshotPath)
    {
        var text = new StringBuilder();
        text.Append(headline).Append('\n');
        if (outcome.Bug is { } bug)
        {
            text.Append(bug.Kind).Append(": ").Append(Scrubber.Scrub(bug.Summary)).Append('\n');
            if (bug.Details.Length > 0)
            {
                text.Append(Scrubber.Scrub(bug.Details)).Append('\n');
            }

            text.Append("\ncoyote trace: ").Append(outcome.Steps).Append(" scheduling decisions in iteration ").Append(outcome.Iterations)
                .Append(" (Coyote's reproducible trace; Coyote shows no step-by-step trace of its own, and has no virtual time).\n");
        }

        if (snapshotPath is not null)
        {
            text.Append("\nschedule: ").Append(snapshotPath).Append('\n').Append(Instructions(snapshotPath, test)).Append('\n');
        }

        // Coyote names no operations and keeps no virtual time: the report carries the verdict and the step count.
        var report = outcome.Bug is { } found ? new BugReport(found.Kind, found.Summary, found.Details, [], outcome.Steps, TimeSpan.Zero) : null;
        return new TestRunFailure(text.ToString().TrimEnd('\n')) { Bug = report };
    }

    // The harness's own commands, for the Coyote file beside the harness snapshot: one shape for both engines.
    private static string Instructions(string coyotePath, TestIdentity test)
    {
        string harnessPath = coyotePath.EndsWith(CoyoteSnapshot.VerifiedSuffix, StringComparison.Ordinal) ? test.Verified : test.Received;
        return SnapshotStore.ReplayInstructions(harnessPath, test.FilterName)
            .Replace(test.Received, CoyoteSnapshot.PathFor(test.Received), StringComparison.Ordinal)
            .Replace(test.Verified, CoyoteSnapshot.PathFor(test.Verified), StringComparison.Ordinal);
    }
}
