using Harness.Snapshots;

namespace Harness.Tests.Snapshots;

public sealed class TraceBoundAndEscapeTests
{
    [Fact]
    public void A_trace_within_the_bound_is_kept_whole()
    {
        string[] trace = [.. Enumerable.Range(0, TraceBound.Head + TraceBound.Tail + 1).Select(i => $"line {i}")];

        Assert.Same(trace, TraceBound.Apply(trace));
    }

    [Fact]
    public void A_long_trace_keeps_head_and_tail_and_counts_what_it_left_out()
    {
        string[] trace = [.. Enumerable.Range(0, 1_000_000).Select(i => $"line {i}")];

        var kept = TraceBound.Apply(trace, head: 2, tail: 3);

        Assert.Equal(["line 0", "line 1", TraceBound.Marker(999_995), "line 999997", "line 999998", "line 999999"], kept);
        Assert.Contains("999995 trace lines elided", kept[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clear \u001b[2J now", "clear \\u001B[2J now")]
    [InlineData("bell\u0007 del\u007f csi\u009b", "bell\\u0007 del\\u007F csi\\u009B")]
    [InlineData("two\r\nlines\tand a tab", "two\nlines\tand a tab")]
    [InlineData("lone\rreturn", "lone\\u000Dreturn")]
    [InlineData("admin\u202E gnp.exe", "admin\\u202E gnp.exe")]
    public void Control_characters_are_escaped_and_layout_is_kept(string text, string expected)
    {
        Assert.Equal(expected, ControlCharacters.Escape(text));
        Assert.Equal(expected, ControlCharacters.Escape(expected));
    }

    [Fact]
    public void A_damaged_line_quoted_in_an_error_cannot_reach_the_terminal_raw()
    {
        var error = Assert.Throws<SnapshotException>(() => SnapshotFormat.Parse("harness schedule snapshot, format 1\n\u001b[2Jx\n", "A.schedule.verified.txt"));

        Assert.DoesNotContain('\u001b', error.Message);
        Assert.Contains("\\u001B[2Jx", error.Message, StringComparison.Ordinal);
    }
}
