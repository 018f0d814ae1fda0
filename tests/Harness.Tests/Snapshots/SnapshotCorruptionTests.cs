using Harness.Snapshots;

namespace Harness.Tests.Snapshots;

public sealed class SnapshotCorruptionTests
{
    private const string Fix = "The file is damaged or was edited by hand. Fix: delete it and run the test to record a new one, or restore it from version control.";

    [Fact]
    public void A_bad_choice_is_reported_with_the_file_the_line_the_reason_and_the_fix()
    {
        var error = Parse(Samples.WithLine(12, "  0:0 0:x 0:1 0:3 0:4"));

        Assert.Equal($"Schedule snapshot {Samples.Path} line 12: \"0:x\" is not a scheduling choice (expected index:flow, e.g. 0:3). {Fix}", error.Message);
        Assert.Equal(Samples.Path, error.FilePath);
        Assert.Equal(12, error.Line);
    }

    [Theory]
    [InlineData("", 1, "the file is empty")]
    [InlineData("\n\n  \n", 1, "the file is empty")]
    [InlineData("test: A.B\n", 1, "\"test: A.B\" is not the first line of a schedule snapshot (expected \"harness schedule snapshot, format 1\")")]
    [InlineData("\u0000\u0001binary\n", 1, "is not the first line of a schedule snapshot")]
    [InlineData("harness schedule snapshot, format x\n", 1, "\"x\" is not a format version")]
    [InlineData("harness schedule snapshot, format 0\n", 1, "\"0\" is not a format version")]
    [InlineData("harness schedule snapshot, format 1\n  indented\n", 2, "indented text comes before the first section")]
    [InlineData("harness schedule snapshot, format 1\ntest: A.B\n", 2, "the file ends without a \"settings\" section, so it was cut short")]
    public void A_file_that_is_not_a_snapshot_names_the_line_and_the_problem(string text, int line, string what)
    {
        var error = Parse(text);

        Assert.Contains($" line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.EndsWith(Fix, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, "verdict: Dedlock", "\"Dedlock\" is not a verdict (did you mean \"Deadlock\"?); the verdicts are none, UnhandledException, AssertionFailure,", 4)]
    [InlineData(4, "verdict: 3", "\"3\" is not a verdict;", 4)]
    [InlineData(4, "Verdict: Deadlock", "\"Verdict\" is not a section of a schedule snapshot (did you mean \"verdict\"?)", 4)]
    [InlineData(4, "colour: red", "\"colour\" is not a section of a schedule snapshot; the sections are test, settings, verdict,", 4)]
    [InlineData(4, "summary: again", "a second \"summary\" section (the first is on line 4)", 5)]
    [InlineData(4, "verdict Deadlock", "\"verdict Deadlock\" is neither a section header", 4)]
    [InlineData(12, "0:0 1:2 0:1 0:3 0:4", "\"0:0 1:2 0:1 0:3 0:4\" is neither a section header", 12)]
    [InlineData(12, " 0:0 1:2 0:1 0:3 0:4", "is indented by less than two spaces or by a tab", 12)]
    [InlineData(12, "\t0:0 1:2 0:1 0:3 0:4", "is indented by less than two spaces or by a tab", 12)]
    [InlineData(12, "  0:0 1:2 0:1 0:3 -1:4", "\"-1:4\" is not a scheduling choice", 12)]
    [InlineData(12, "  0:0 1:2 0:1 0:3 0:99999999999", "\"0:99999999999\" is not a scheduling choice", 12)]
    [InlineData(11, "schedule (7 steps):", "the header promises 7 steps but only 5 follow, so the file was cut short", 11)]
    [InlineData(11, "schedule (3 steps):", "the header promises 3 steps but 5 follow", 11)]
    [InlineData(11, "schedule:", "the header should give the number of steps, like \"schedule (5 steps):\"", 11)]
    [InlineData(11, "schedule (5 lines):", "the header should give the number of steps", 11)]
    [InlineData(11, "schedule (99999999999 steps):", "the header should give the number of steps", 11)]
    [InlineData(13, "trace (4 lines):", "the header promises 4 lines but only 3 follow, so the file was cut short", 13)]
    [InlineData(13, "trace (2 lines):", "follows the 2 trace lines the header promises", 16)]
    [InlineData(5, "summary (2 lines): x", "\"summary\" takes no count in parentheses", 5)]
    [InlineData(6, "details: inline", "the details go on the indented lines below \"details:\"", 6)]
    public void A_hand_mangled_line_is_reported_at_its_line_with_the_reason(int line, string replacement, string what, int reportedLine)
    {
        var error = Parse(Samples.WithLine(line, replacement));

        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Schedule snapshot {Samples.Path} line {reportedLine}: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(Fix, error.Message, StringComparison.Ordinal);
        Assert.Equal(reportedLine, error.Line);
    }

    [Fact]
    public void A_file_from_a_newer_harness_asks_to_upgrade_or_re_record()
    {
        var error = Parse(Samples.WithLine(1, "harness schedule snapshot, format 2"));

        Assert.Equal(
            $"Schedule snapshot {Samples.Path} line 1: the file is in snapshot format 2, but this harness reads formats up to 1, so it was written by a newer harness. Fix: upgrade the harness package to the version the rest of the team uses, or delete the file and run the test to record it again with this version.",
            error.Message);
    }

    [Fact]
    public void A_file_cut_mid_schedule_is_reported_as_cut_short()
    {
        string text = Samples.DeadlockText;
        string cut = text[..(text.IndexOf(" 0:3", StringComparison.Ordinal) + 1)] + "\n";

        var error = Parse(cut);

        Assert.Contains("line 12: the file ends without a \"trace\" section, so it was cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_inside_its_last_line_is_caught_by_the_missing_line_end()
    {
        var error = Parse(Samples.DeadlockText[..^10]);

        Assert.Contains("line 16: the last line has no line ending, so the file may have been cut short.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cut_of_a_snapshot_is_detected()
    {
        string text = Samples.DeadlockText;
        for (int length = 0; length < text.Length; length++)
        {
            Assert.Throws<SnapshotException>(() => SnapshotFormat.Parse(text[..length], Samples.Path));
        }
    }

    [Fact]
    public void Any_single_character_damage_either_parses_or_throws_a_snapshot_exception()
    {
        string text = Samples.DeadlockText;
        char[] replacements = ['\n', ' ', ':', '(', ')', 'x', '9', '\t', '\r', '\uFFFD'];
        for (int at = 0; at < text.Length; at++)
        {
            foreach (char replacement in replacements)
            {
                ParsesOrThrowsSnapshotException(string.Concat(text.AsSpan(0, at), replacement.ToString(), text.AsSpan(at + 1)));
            }

            ParsesOrThrowsSnapshotException(text.Remove(at, 1));
            ParsesOrThrowsSnapshotException(text.Insert(at, "\n"));
        }
    }

    private static void ParsesOrThrowsSnapshotException(string text)
    {
        try
        {
            SnapshotFormat.Parse(text, Samples.Path);
        }
        catch (SnapshotException)
        {
        }
    }

    private static SnapshotException Parse(string text) =>
        Assert.Throws<SnapshotException>(() => SnapshotFormat.Parse(text, Samples.Path));
}
