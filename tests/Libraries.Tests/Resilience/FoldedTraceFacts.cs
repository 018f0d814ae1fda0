using Harness;
using Libraries.Subjects.Resilience;

namespace Libraries.Tests.Resilience;

/// <summary>
/// A failing test through Polly.Core: the report's trace folds the steps Polly ran on its own into one line per run,
/// the full trace is one option away, and the schedule (so the replay) is the same either way.
/// </summary>
public sealed class FoldedTraceFacts
{
    [Fact]
    public void Steps_inside_Polly_fold_into_one_line_per_run_and_the_full_trace_has_every_step()
    {
        var folded = ConcurrencyTest.Explore(QuoteThenFail, new ExplorationOptions { Seed = 1, Iterations = 1 });
        var full = ConcurrencyTest.Explore(QuoteThenFail, new ExplorationOptions { Seed = 1, Iterations = 1, FullTrace = true });

        Assert.Equal(BugKind.AssertionFailure, folded.Bug?.Kind);
        Assert.Equal(folded.Schedule, full.Schedule);
        Assert.Contains(folded.Trace, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"Polly\.Core: \d+ steps \(\d+-\d+\)$"));
        Assert.DoesNotContain(full.Trace, line => line.Contains("Polly.Core:", StringComparison.Ordinal));
        Assert.True(full.Trace.Count > folded.Trace.Count, $"full {full.Trace.Count} lines, folded {folded.Trace.Count}");
        Assert.Contains("Polly.Core: ", folded.Diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folded_report_replays_its_schedule_exactly()
    {
        var found = ConcurrencyTest.Explore(QuoteThenFail, new ExplorationOptions { Seed = 1, Iterations = 1 });

        var replayed = ConcurrencyTest.Replay(QuoteThenFail, found.Schedule);

        Assert.Null(replayed.ReplayProblem);
        Assert.Equal(found.Trace, replayed.Trace);
        Assert.Equal(found.Bug!.Summary, replayed.Bug?.Summary);
    }

    private static async Task QuoteThenFail()
    {
        var quotes = new FlakyQuotes(Controlled.Time);
        decimal quote = await quotes.QuoteAsync(CancellationToken.None);
        Invariant.Assert(quote == 0m, $"the test expects no quote, got {quote} after {quotes.Calls} calls");
    }
}
