namespace Harness.Tests.Diagnostics;

/// <summary>The Mermaid diagram of a schedule: lanes, who woke whom, collapsed runs, the verdict at the end.</summary>
public sealed class SequenceDiagramTests
{
    [Fact]
    public void A_lost_update_is_drawn_with_a_lane_per_operation_the_wake_ups_and_the_failed_assertion()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            int total = 0;
            async Task AddAsync(int n)
            {
                int current = total;
                await Controlled.Yield();
                total = current + n;
            }

            await Task.WhenAll(Controlled.Run(() => AddAsync(3), "three"), Controlled.Run(() => AddAsync(5), "five"));
            Invariant.Assert(total == 8, "no update is lost");
        }, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive });

        string[] lines = result.Diagram.Split('\n');
        Assert.Equal("sequenceDiagram", lines[0]);
        Assert.Equal(["    participant o0 as test", "    participant o1 as three", "    participant o2 as five"], lines[1..4]);
        Assert.Contains("    o0->>o1: starts", lines);
        Assert.Contains("    o0->>o2: starts", lines);
        Assert.Contains(lines, line => line.StartsWith("    o", StringComparison.Ordinal) && line.EndsWith("->>o0: wakes", StringComparison.Ordinal));
        Assert.StartsWith("    Note over o0: AssertionFailure: in 'test' an assertion failed at SequenceDiagramTests.cs:", lines[^2], StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void A_long_run_of_one_operation_collapses_into_one_note_with_its_first_and_last_step()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            for (int i = 0; i < 10; i++)
            {
                await Controlled.Yield();
            }

            Invariant.Assert(false, "reached the end");
        });

        Assert.Contains("    Note over o0: 00:00:00.000 step 0: starts<br/>... 9 more steps ...<br/>step 10: resumes ", result.Diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Timers_fire_from_the_virtual_clock_lane_and_time_is_shown_when_it_moves()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2), Controlled.Time);
            Invariant.Assert(false, "woke");
        });

        Assert.Contains("    participant clock as virtual clock", result.Diagram, StringComparison.Ordinal);
        Assert.Contains("    clock->>o0: fires", result.Diagram, StringComparison.Ordinal);
        Assert.Contains("    Note over o0: 00:00:02.000 step 1: timer ", result.Diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadlock_ends_with_where_each_blocked_operation_waits()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var never = new TaskCompletionSource();
            await Controlled.Run(() => never.Task, "waiter");
        });

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("    Note over o1: blocked: TaskCompletionSource.Task\n", result.Diagram, StringComparison.Ordinal);
        Assert.Contains("    Note over o0: blocked: SequenceDiagramTests.lambda in A_deadlock_ends_with_where_each_blocked_operation_waits (await #35;1) SequenceDiagramTests.cs:", result.Diagram, StringComparison.Ordinal);
        Assert.Contains("    Note over o0,o1: Deadlock: the test body 'test' can never finish", result.Diagram, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Task.Run at A.cs:11 #2", "Task.Run at A.cs:11 #35;2")]
    [InlineData("a; b", "a#59; b")]
    [InlineData("Channel<int> write", "Channel#60;int#62; write")]
    [InlineData("two\nlines", "two lines")]
    public void Text_mermaid_would_read_as_syntax_is_written_as_entity_codes(string text, string escaped) =>
        Assert.Equal(escaped, Harness.Diagnostics.SequenceDiagram.Escape(text));
}
