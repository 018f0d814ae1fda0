using System.Globalization;
using System.Text;
using Harness.Strategies;

namespace Harness.Snapshots;

/// <summary>
/// The snapshot text format: one header line, then sections <c>name: value</c>; a section's further lines are
/// indented by two spaces, so no content can be mistaken for a header. Written as UTF-8 with LF line endings and
/// a trailing newline. The schedule and trace headers carry their counts, so a cut-short file is detected.
/// </summary>
internal static class SnapshotFormat
{
    internal const string Magic = "harness schedule snapshot, format ";
    internal const string Indent = "  ";
    internal const int ChoicesPerLine = 20;

    /// <summary>Writes the snapshot; summary, details and trace are scrubbed on the way out.</summary>
    internal static string Write(ScheduleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.FormatVersion != ScheduleSnapshot.CurrentFormatVersion)
        {
            throw new ArgumentException($"This harness writes snapshot format {ScheduleSnapshot.CurrentFormatVersion} only, not {snapshot.FormatVersion}.", nameof(snapshot));
        }

        var text = new StringBuilder();
        text.Append(Magic).Append(snapshot.FormatVersion.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Scalar(text, "test", snapshot.Test);
        Scalar(text, "settings", snapshot.Settings);
        Scalar(text, "verdict", VerdictName(snapshot.Verdict));
        Scalar(text, "summary", Scrubber.Scrub(snapshot.Summary));
        text.Append("details:\n");
        if (snapshot.Details.Length > 0)
        {
            Lines(text, Normalise(Scrubber.Scrub(snapshot.Details)).Split('\n'));
        }

        Choices(text, "schedule", snapshot.Schedule);
        if (snapshot.OriginalSchedule is { } original)
        {
            Choices(text, "original schedule", original);
        }

        text.Append(Counted("trace", snapshot.Trace.Count, "line")).Append('\n');
        Lines(text, snapshot.Trace.Select(TraceLine));
        return text.ToString();
    }

    /// <summary>Reads a snapshot; anything wrong with the text is a <see cref="SnapshotException"/> naming the line.</summary>
    internal static ScheduleSnapshot Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        return new SnapshotReader(Normalise(text.TrimStart('\uFEFF')), path).Read();
    }

    internal static string VerdictName(BugKind? verdict) => verdict?.ToString() ?? "none";

    internal static string Counted(string name, int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} ({count} {unit}{(count == 1 ? "" : "s")}):");

    /// <summary>A trace line as written: scrubbed and kept on one line.</summary>
    internal static string TraceLine(string line) => Scrubber.Scrub(Normalise(line)).Replace('\n', ' ');

    /// <summary>CRLF and lone CR become LF, so files touched by Windows tools read and compare the same.</summary>
    internal static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static void Scalar(StringBuilder text, string name, string value)
    {
        string[] lines = Normalise(value).Split('\n');
        text.Append(name).Append(':');
        if (lines[0].Length > 0)
        {
            text.Append(' ').Append(lines[0]);
        }

        text.Append('\n');
        Lines(text, lines.Skip(1));
    }

    private static void Choices(StringBuilder text, string name, IReadOnlyList<Choice> choices)
    {
        text.Append(Counted(name, choices.Count, "step")).Append('\n');
        for (int start = 0; start < choices.Count; start += ChoicesPerLine)
        {
            text.Append(Indent).AppendJoin(' ', choices.Skip(start).Take(ChoicesPerLine)).Append('\n');
        }
    }

    // An empty line is written empty, not as two spaces: editors and git strip trailing whitespace, and the
    // reader takes a blank line as an empty content line either way.
    private static void Lines(StringBuilder text, IEnumerable<string> lines)
    {
        foreach (string line in lines)
        {
            if (line.Length > 0)
            {
                text.Append(Indent).Append(line);
            }

            text.Append('\n');
        }
    }
}
