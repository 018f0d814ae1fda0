using System.Globalization;
using System.Text;
using Harness.Snapshots;
using Harness.Testing;

namespace Harness.Coyote;

/// <summary>
/// A failing schedule found by Coyote, kept as <c>{Class}.{Method}.coyote.received.txt</c> / <c>.coyote.verified.txt</c>
/// beside the test's harness snapshots. Its own suffix and header, because its schedule is Coyote's trace (which only
/// Coyote replays), not the harness's choices: `harness snapshots` and the harness engine never mistake one for the other.
/// </summary>
/// <param name="Test">The test's full name.</param>
/// <param name="Settings">The settings line (<see cref="CoyoteSettings.Describe"/>).</param>
/// <param name="Verdict">What Coyote found.</param>
/// <param name="Summary">The verdict's one line.</param>
/// <param name="Trace">Coyote's reproducible trace, JSON, as Coyote wrote it.</param>
internal sealed record CoyoteSnapshot(string Test, string Settings, BugKind Verdict, string Summary, string Trace)
{
    internal const string Magic = "harness coyote schedule snapshot, format 1";
    internal const string ReceivedSuffix = ".coyote.received.txt";
    internal const string VerifiedSuffix = ".coyote.verified.txt";
    private const string Indent = "  ";

    /// <summary>The Coyote snapshot path beside a harness snapshot path (received or verified).</summary>
    internal static string PathFor(string harnessPath) =>
        harnessPath.EndsWith(SnapshotPaths.VerifiedSuffix, StringComparison.Ordinal)
            ? string.Concat(harnessPath.AsSpan(0, harnessPath.Length - SnapshotPaths.VerifiedSuffix.Length), VerifiedSuffix)
            : string.Concat(harnessPath.AsSpan(0, harnessPath.Length - SnapshotPaths.ReceivedSuffix.Length), ReceivedSuffix);

    /// <summary>The file's text: UTF-8, LF, a trailing newline; the trace indented by two spaces.</summary>
    internal string Write()
    {
        var text = new StringBuilder();
        text.Append(Magic).Append('\n');
        text.Append("test: ").Append(Test).Append('\n');
        text.Append("settings: ").Append(Settings).Append('\n');
        text.Append("verdict: ").Append(Verdict).Append('\n');
        text.Append("summary: ").Append(SnapshotFormat.TraceLine(Summary)).Append('\n');
        string[] lines = SnapshotFormat.Normalise(Trace).TrimEnd('\n').Split('\n');
        text.Append(CultureInfo.InvariantCulture, $"coyote trace ({lines.Length} lines, JSON; replayed by Coyote):\n");
        foreach (string line in lines)
        {
            text.Append(Indent).Append(line).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a file written by <see cref="Write"/>; anything else is a <see cref="TestRunFailure"/>.</summary>
    internal static CoyoteSnapshot Parse(string text, string path)
    {
        string[] lines = SnapshotFormat.Normalise(text.TrimStart('\uFEFF')).TrimEnd('\n').Split('\n');
        if (lines.Length < 6 || lines[0] != Magic)
        {
            throw new TestRunFailure($"{path} is not a Coyote schedule snapshot: its first line is not \"{Magic}\". Fix: point the replay at a .coyote.received.txt or .coyote.verified.txt file, or delete it and run the test again.");
        }

        string Value(int index, string name) => lines[index].StartsWith(name + ": ", StringComparison.Ordinal)
            ? lines[index][(name.Length + 2)..]
            : throw new TestRunFailure($"{path}, line {index + 1}: expected \"{name}: ...\". Fix: restore the file from version control, or delete it and run the test again.");

        string verdictName = Value(3, "verdict");
        if (!Enum.TryParse<BugKind>(verdictName, out var verdict) || !Enum.IsDefined(verdict))
        {
            throw new TestRunFailure($"{path}, line 4: \"{verdictName}\" is not a verdict. Fix: restore the file from version control, or delete it and run the test again.");
        }

        string trace = string.Join('\n', lines.Skip(6).Select(line => line.StartsWith(Indent, StringComparison.Ordinal) ? line[Indent.Length..] : line));
        if (!lines[5].StartsWith("coyote trace (", StringComparison.Ordinal) || !CoyoteTrace.IsTrace(trace))
        {
            throw new TestRunFailure($"{path}, line 6 on: the Coyote trace is missing or is not Coyote's JSON trace. Fix: restore the file from version control, or delete it and run the test again.");
        }

        return new CoyoteSnapshot(Value(1, "test"), Value(2, "settings"), verdict, Value(4, "summary"), trace);
    }
}
