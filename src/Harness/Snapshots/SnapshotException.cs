using System.Globalization;

namespace Harness.Snapshots;

/// <summary>
/// A schedule snapshot file cannot be used. The message has the harness's one shape: what happened (with the
/// file and line), why, and the exact fix.
/// </summary>
internal sealed class SnapshotException : Exception
{
    private const string DamagedFix =
        "The file is damaged or was edited by hand. Fix: delete it and run the test to record a new one, or restore it from version control.";

    private SnapshotException(string path, int? line, string message)
        : base(message)
    {
        FilePath = path;
        Line = line;
    }

    /// <summary>The snapshot file.</summary>
    internal string FilePath { get; }

    /// <summary>The 1-based line the problem was found on, when there is one.</summary>
    internal int? Line { get; }

    internal static SnapshotException Damaged(string path, int line, string what) =>
        new(path, line, $"{Where(path, line)}: {what}. {DamagedFix}");

    internal static SnapshotException NewerFormat(string path, int version) =>
        new(path, 1, string.Create(
            CultureInfo.InvariantCulture,
            $"{Where(path, 1)}: the file is in snapshot format {version}, but this harness reads formats up to {ScheduleSnapshot.CurrentFormatVersion}, so it was written by a newer harness. Fix: upgrade the harness package to the version the rest of the team uses, or delete the file and run the test to record it again with this version."));

    internal static SnapshotException NoFinalLineEnd(string path, int line) =>
        new(path, line, $"{Where(path, line)}: the last line has no line ending, so the file may have been cut short. Fix: if the line is complete, add a line break after it; otherwise delete the file and run the test to record a new one, or restore it from version control.");

    internal static SnapshotException Unreadable(string path, Exception cause) =>
        new(path, null, $"Schedule snapshot {path}: the file could not be read ({cause.Message}). Fix: check that the file and its folder are readable by the test process, then run the test again.");

    /// <summary>Shortens a quoted piece of the file so one damaged line cannot flood the message.</summary>
    internal static string Quote(string text)
    {
        text = ControlCharacters.Escape(text);
        return "\"" + (text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...")) + "\"";
    }

    private static string Where(string path, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Schedule snapshot {path} line {line}");
}
