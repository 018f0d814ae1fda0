using Harness.Snapshots;

namespace Harness.Tests.Snapshots;

public sealed class SnapshotFormatTests
{
    [Fact]
    public void A_snapshot_is_written_in_the_documented_layout()
    {
        Assert.Equal(Samples.DeadlockText, SnapshotFormat.Write(Samples.Deadlock()));
    }

    [Fact]
    public void Writing_then_parsing_gives_an_equal_snapshot()
    {
        var snapshot = Samples.Deadlock();

        Assert.Equal(snapshot, SnapshotFormat.Parse(SnapshotFormat.Write(snapshot), Samples.Path));
    }

    [Fact]
    public void Writing_a_parsed_snapshot_gives_the_same_bytes()
    {
        Assert.Equal(Samples.DeadlockText, SnapshotFormat.Write(SnapshotFormat.Parse(Samples.DeadlockText, Samples.Path)));
    }

    [Fact]
    public void Text_with_CRLF_line_endings_and_a_byte_order_mark_parses_the_same()
    {
        string windows = "\uFEFF" + Samples.DeadlockText.Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal(Samples.Deadlock(), SnapshotFormat.Parse(windows, Samples.Path));
    }

    [Fact]
    public void Lines_holding_two_spaces_and_lines_trimmed_to_nothing_read_the_same()
    {
        string padded = Samples.DeadlockText.Replace("\n\n", "\n  \n", StringComparison.Ordinal);

        Assert.Equal(Samples.Deadlock(), SnapshotFormat.Parse(padded, Samples.Path));
    }

    [Fact]
    public void A_long_schedule_wraps_at_twenty_choices_a_line_and_reads_back()
    {
        var snapshot = Samples.Deadlock() with { Schedule = Samples.Steps(45) };

        string text = SnapshotFormat.Write(snapshot);

        Assert.Contains("schedule (45 steps):\n  0:0 1:1 2:2", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split('\n').Count(line => line.StartsWith("  0:", StringComparison.Ordinal) || line.StartsWith("  1:", StringComparison.Ordinal) || line.StartsWith("  2:", StringComparison.Ordinal)));
        Assert.Equal(snapshot, SnapshotFormat.Parse(text, Samples.Path));
    }

    [Fact]
    public void The_original_schedule_is_written_only_when_present()
    {
        var shrunk = Samples.Deadlock() with { OriginalSchedule = Samples.Steps(7) };

        string text = SnapshotFormat.Write(shrunk);

        Assert.DoesNotContain("original schedule", SnapshotFormat.Write(Samples.Deadlock()), StringComparison.Ordinal);
        Assert.Contains("original schedule (7 steps):\n  0:0 1:1 2:2 0:3 1:4 2:5 0:6\ntrace (3 lines):", text, StringComparison.Ordinal);
        Assert.Equal(shrunk, SnapshotFormat.Parse(text, Samples.Path));
    }

    [Fact]
    public void Verdict_none_reads_as_a_schedule_that_must_pass()
    {
        var parsed = SnapshotFormat.Parse(Samples.DeadlockText.Replace("verdict: Deadlock", "verdict: none", StringComparison.Ordinal), Samples.Path);

        Assert.Null(parsed.Verdict);
        Assert.Contains("\nverdict: none\n", SnapshotFormat.Write(parsed), StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_typed_in_another_case_is_understood()
    {
        var parsed = SnapshotFormat.Parse(Samples.DeadlockText.Replace("verdict: Deadlock", "verdict: leakedtask ", StringComparison.Ordinal), Samples.Path);

        Assert.Equal(BugKind.LeakedTask, parsed.Verdict);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("one line", "")]
    [InlineData("first\nsecond\n\nfourth", "a\n\nb\n")]
    [InlineData(" starts with a space", "\nstarts and ends blank\n")]
    public void Multi_line_and_empty_values_read_back_exactly(string summary, string details)
    {
        var snapshot = Samples.Deadlock() with { Summary = summary, Details = details, Schedule = [], Trace = [] };

        string text = SnapshotFormat.Write(snapshot);

        Assert.Equal(snapshot, SnapshotFormat.Parse(text, Samples.Path));
        Assert.Equal(text, SnapshotFormat.Write(SnapshotFormat.Parse(text, Samples.Path)));
    }

    [Fact]
    public void Written_text_has_only_LF_line_endings_a_trailing_newline_and_no_trailing_spaces()
    {
        string text = SnapshotFormat.Write(Samples.Deadlock() with { Summary = "a\r\nb", Details = "x\r\n\r\ny" });

        Assert.DoesNotContain('\r', text);
        Assert.EndsWith(")\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Split('\n'), line => line.EndsWith(' '));
    }

    [Fact]
    public void Writing_scrubs_the_summary_details_and_trace()
    {
        var snapshot = Samples.Deadlock() with
        {
            Summary = "failed on thread 17",
            Details = "at /home/u/src/Orders.cs:42",
            Trace = ["    0  00:00:00.000  test  object 0x7ffe12ab"],
        };

        string text = SnapshotFormat.Write(snapshot);

        Assert.Contains("summary: failed on thread <id>\n", text, StringComparison.Ordinal);
        Assert.Contains("details:\n  at Orders.cs:42\n", text, StringComparison.Ordinal);
        Assert.Contains("test  object <hash>\n", text, StringComparison.Ordinal);
    }
}
