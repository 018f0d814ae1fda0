using System.Globalization;

namespace Harness.Snapshots;

/// <summary>
/// Compares a verified snapshot with a run's. Test, verdict, summary, schedule and trace must match; settings and
/// details may legitimately differ between runs (more iterations, a moved await in a chain not on the schedule).
/// Both sides are scrubbed first, so a snapshot built in memory compares like the file it becomes.
/// </summary>
internal static class SnapshotDiff
{
    internal static string? FirstDifference(ScheduleSnapshot verified, ScheduleSnapshot received)
    {
        ArgumentNullException.ThrowIfNull(verified);
        ArgumentNullException.ThrowIfNull(received);
        string[] layout = SnapshotFormat.Write(verified).Split('\n');
        if (verified.Test != received.Test)
        {
            return $"test: the verified file was recorded for '{ControlCharacters.Escape(verified.Test)}', this run is '{ControlCharacters.Escape(received.Test)}'";
        }

        if (verified.Verdict != received.Verdict)
        {
            return $"verdict (line {LineOf(layout, "verdict:")}): verified {Describe(verified.Verdict)}, this run {Describe(received.Verdict)}";
        }

        return Lines("summary", Split(verified.Summary), Split(received.Summary), LineOf(layout, "summary:"))
            ?? Schedule(verified, received, LineOf(layout, "schedule ("))
            ?? Lines("trace", Scrubbed(verified.Trace), Scrubbed(received.Trace), LineOf(layout, "trace (") + 1);
    }

    private static string? Schedule(ScheduleSnapshot verified, ScheduleSnapshot received, int header)
    {
        int common = Math.Min(verified.Schedule.Count, received.Schedule.Count);
        for (int step = 0; step < common; step++)
        {
            if (verified.Schedule[step] != received.Schedule[step])
            {
                int line = header + 1 + (step / SnapshotFormat.ChoicesPerLine);
                return Invariant($"schedule differs at step {step} (line {line}): verified {verified.Schedule[step]}, this run {received.Schedule[step]}");
            }
        }

        return verified.Schedule.Count == received.Schedule.Count
            ? null
            : Invariant($"schedule (line {header}): verified has {verified.Schedule.Count} steps, this run {received.Schedule.Count}; the first {common} are equal");
    }

    // `first` is the file line of the section's first line, so the message points into the verified file.
    private static string? Lines(string section, IReadOnlyList<string> verified, IReadOnlyList<string> received, int first)
    {
        int common = Math.Min(verified.Count, received.Count);
        for (int i = 0; i < common; i++)
        {
            if (verified[i] != received[i])
            {
                return Invariant($"{section} line {i + 1} (line {first + i} of the verified file) differs:\n  verified: {verified[i]}\n  this run: {received[i]}");
            }
        }

        if (verified.Count == received.Count)
        {
            return null;
        }

        string extra = verified.Count > received.Count
            ? $"verified goes on with: {verified[common]}"
            : $"this run goes on with: {received[common]}";
        return Invariant($"{section}: verified has {verified.Count} lines, this run {received.Count}; the first {common} are equal, then {extra}");
    }

    private static string[] Split(string text) => SnapshotFormat.Normalise(Scrubber.Scrub(text)).Split('\n');

    private static string[] Scrubbed(IReadOnlyList<string> lines) => [.. lines.Select(SnapshotFormat.TraceLine)];

    private static string Describe(BugKind? verdict) =>
        verdict is { } kind ? kind.ToString() : "none (this schedule must pass)";

    private static int LineOf(string[] layout, string header) =>
        1 + Array.FindIndex(layout, line => line.StartsWith(header, StringComparison.Ordinal));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
