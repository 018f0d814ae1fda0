using System.Globalization;

namespace Harness.Snapshots;

/// <summary>
/// Why a replay left its recording: the file was edited or damaged, or the code changed. The recorded trace
/// tells them apart: when the run matched it line for line up to the step where the recorded choice was not on
/// offer, the code took the recorded path and the choice is what changed. When the trace differs earlier the
/// code changed. Anything else (a trace elided there, a program that ended early) cannot be told apart and is
/// worded so.
/// </summary>
internal static class DivergenceCause
{
    internal enum Kind
    {
        Edited,
        CodeChanged,
        Unknown,
    }

    internal static (Kind Cause, string Text) Explain(ScheduleSnapshot recording, ExplorationResult replay)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(replay);
        if (replay.Divergence is not { } divergence)
        {
            return (Kind.Unknown, ControlCharacters.Escape(replay.ReplayProblem ?? "the replay did not follow the recording"));
        }

        string what = ControlCharacters.Escape(divergence.Message);
        var recorded = Before(recording.Trace, divergence.Step);
        var replayed = Before([.. replay.Trace.Select(SnapshotFormat.TraceLine)], divergence.Step);
        if (recorded is null || replayed is null)
        {
            return (Kind.Unknown, $"either the code changed since the schedule was recorded or the file was edited (the recorded trace does not cover that step, so the two cannot be told apart). {what}");
        }

        int common = Math.Min(recorded.Count, replayed.Count);
        for (int i = 0; i < common; i++)
        {
            if (recorded[i] != replayed[i])
            {
                return (Kind.CodeChanged, Invariant($"the code changed since the schedule was recorded: the run left the recorded path at trace line {i + 1}\n  recorded: {ControlCharacters.Escape(recorded[i])}\n  this run: {ControlCharacters.Escape(replayed[i])}\n{what}"));
            }
        }

        if (recorded.Count == replayed.Count && divergence.ChoiceUnavailable)
        {
            return (Kind.Edited, Invariant($"the schedule file was edited or damaged at step {divergence.Step}: the run matched the recorded trace up to that step, yet the recorded choice {ChoiceAt(recording, divergence.Step)} is not on offer there. {what}"));
        }

        return (Kind.Unknown, $"either the code changed since the schedule was recorded or the file was edited. {what}");
    }

    // The trace lines of the steps before `step`, or null when the recorded trace does not show them all (its
    // middle was elided, or a line has no step number).
    private static List<string>? Before(IReadOnlyList<string> trace, int step)
    {
        var lines = new List<string>();
        foreach (string line in trace)
        {
            if (!int.TryParse(line.AsSpan().TrimStart().ToString().Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out int lineStep))
            {
                return null;
            }

            if (lineStep >= step)
            {
                return lines;
            }

            lines.Add(line);
        }

        return lines;
    }

    private static string ChoiceAt(ScheduleSnapshot recording, int step) =>
        step < recording.Schedule.Count ? recording.Schedule[step].ToString() : "(none)";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
