using System.Globalization;
using System.Text.RegularExpressions;

namespace Harness.Snapshots;

/// <summary>
/// Parses the text <see cref="SnapshotFormat"/> writes. First the lines are grouped into sections (a header and
/// its indented lines), then each section is read. Every problem becomes a <see cref="SnapshotException"/> with
/// the line it was found on; nothing else escapes, whatever the file holds.
/// </summary>
internal sealed partial class SnapshotReader(string text, string path)
{
    private static readonly string[] Required = ["test", "settings", "verdict", "summary", "details", "schedule", "trace"];
    private static readonly string[] Known = [.. Required, "original schedule"];

    private readonly Dictionary<string, Section> sections = new(StringComparer.Ordinal);
    private int lastLine;

    internal ScheduleSnapshot Read()
    {
        string[] lines = text.Split('\n');
        lastLine = lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        if (lines.Take(lastLine).All(string.IsNullOrWhiteSpace))
        {
            throw Damaged(1, "the file is empty");
        }

        int version = ReadVersion(lines[0]);

        // Every line the writer emits ends in LF; without one the last line may be cut mid-way, which no count
        // could reveal.
        if (lines[^1].Length > 0)
        {
            throw SnapshotException.NoFinalLineEnd(path, lastLine);
        }

        Group(lines);
        foreach (string name in Required.Where(name => !sections.ContainsKey(name)))
        {
            throw Damaged(lastLine, $"the file ends without a \"{name}\" section, so it was cut short");
        }

        return new ScheduleSnapshot(
            version,
            Scalar("test"),
            Scalar("settings"),
            Verdict(),
            Scalar("summary"),
            Details(),
            Choices("schedule"),
            Trace())
        {
            OriginalSchedule = sections.ContainsKey("original schedule") ? Choices("original schedule") : null,
        };
    }

    private int ReadVersion(string first)
    {
        string expected = SnapshotFormat.Magic + ScheduleSnapshot.CurrentFormatVersion.ToString(CultureInfo.InvariantCulture);
        if (!first.StartsWith(SnapshotFormat.Magic, StringComparison.Ordinal))
        {
            throw Damaged(1, $"{SnapshotException.Quote(first)} is not the first line of a schedule snapshot (expected \"{expected}\")");
        }

        string number = first[SnapshotFormat.Magic.Length..];
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int version) || version < 1)
        {
            throw Damaged(1, $"{SnapshotException.Quote(number)} is not a format version (expected \"{expected}\")");
        }

        return version > ScheduleSnapshot.CurrentFormatVersion ? throw SnapshotException.NewerFormat(path, version) : version;
    }

    private void Group(string[] lines)
    {
        Section? current = null;
        for (int i = 1; i < lastLine; i++)
        {
            string line = lines[i];
            int number = i + 1;
            if (line.Length == 0 || line.StartsWith(SnapshotFormat.Indent, StringComparison.Ordinal))
            {
                (current ?? throw Damaged(number, "indented text comes before the first section")).Content.Add(new(number, line.Length == 0 ? "" : line[2..]));
                continue;
            }

            if (line[0] is ' ' or '\t')
            {
                throw Damaged(number, $"{SnapshotException.Quote(line)} is indented by less than two spaces or by a tab (content lines start with exactly two spaces)");
            }

            current = Header(line, number);
        }
    }

    private Section Header(string line, int number)
    {
        var match = HeaderLine().Match(line);
        if (!match.Success)
        {
            throw Damaged(number, $"{SnapshotException.Quote(line)} is neither a section header (like \"summary: ...\") nor indented content");
        }

        string name = match.Groups["name"].Value;
        if (!Known.Contains(name, StringComparer.Ordinal))
        {
            throw Damaged(number, $"\"{name}\" is not a section of a schedule snapshot{DidYouMean.Hint(name, Known)}; the sections are {string.Join(", ", Known)}");
        }

        if (sections.TryGetValue(name, out var first))
        {
            throw Damaged(number, string.Create(CultureInfo.InvariantCulture, $"a second \"{name}\" section (the first is on line {first.Line})"));
        }

        string value = match.Groups["value"].Value;
        var section = new Section(name, number, match.Groups["count"].Success ? match.Groups["count"].Value : null, value.StartsWith(' ') ? value[1..] : value);
        sections.Add(name, section);
        return section;
    }

    private SnapshotException Damaged(int line, string what) => SnapshotException.Damaged(path, line, what);

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z ]*?)(?: \((?<count>[^)]*)\))?:(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    private sealed record Section(string Name, int Line, string? Count, string Inline)
    {
        internal List<ContentLine> Content { get; } = [];
    }

    private readonly record struct ContentLine(int Number, string Text);
}
