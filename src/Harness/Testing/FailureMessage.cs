using System.Text;
using Harness.Snapshots;

namespace Harness.Testing;

/// <summary>Builds the text a failing concurrency test shows: verdict, short trace, snapshot, commands.</summary>
internal static class FailureMessage
{
    private const int TraceHead = 5;
    private const int TraceTail = 25;

    internal static string ForRun(string headline, ExplorationResult result, string? snapshotPath, TestIdentity test, string? diagramPath = null)
    {
        var text = new StringBuilder();
        text.Append(headline).Append('\n');
        if (result.Bug is { } bug)
        {
            text.Append(bug.Kind).Append(": ").Append(Scrubber.Scrub(bug.Summary)).Append('\n');
            if (bug.Details.Length > 0)
            {
                text.Append(Scrubber.Scrub(bug.Details)).Append('\n');
            }
        }

        if (result.ReplayProblem is { } problem)
        {
            text.Append('\n').Append(ControlCharacters.Escape(problem)).Append('\n');
        }

        if (result.UnstoppedThreads is { } unstopped)
        {
            text.Append('\n').Append(unstopped).Append('\n');
        }

        AppendTrace(text, result.Trace);
        if (snapshotPath is not null)
        {
            text.Append("\nschedule: ").Append(snapshotPath).Append('\n');
            if (diagramPath is not null)
            {
                text.Append("diagram: ").Append(diagramPath).Append(" (a Mermaid sequence diagram of the schedule)\n");
            }

            text.Append(SnapshotStore.ReplayInstructions(snapshotPath, test.FilterName)).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    private static void AppendTrace(StringBuilder text, IReadOnlyList<string> trace)
    {
        if (trace.Count == 0)
        {
            return;
        }

        text.Append("\ntrace (").Append(trace.Count).Append(" steps):\n");
        for (int i = 0; i < trace.Count; i++)
        {
            if (trace.Count > TraceHead + TraceTail && i == TraceHead)
            {
                text.Append("  ... ").Append(trace.Count - TraceHead - TraceTail).Append(" steps (full trace in the schedule file) ...\n");
                i = trace.Count - TraceTail;
            }

            text.Append(Scrubber.Scrub(trace[i])).Append('\n');
        }
    }
}
