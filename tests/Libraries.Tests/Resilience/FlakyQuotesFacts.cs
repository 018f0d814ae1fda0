using Harness;
using Libraries.Subjects.Resilience;

namespace Libraries.Tests.Resilience;

/// <summary>Polly.Core (rewritten) retry + timeout on <see cref="Controlled.Time"/>: every delay is virtual.</summary>
public sealed class FlakyQuotesFacts
{
    [Fact]
    public void Retry_around_a_timeout_gets_the_quote_on_the_third_attempt_after_four_virtual_seconds()
    {
        TimeSpan? took = null;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var quotes = new FlakyQuotes(Controlled.Time);
                var start = Controlled.Time.GetUtcNow();
                decimal quote = await quotes.QuoteAsync(CancellationToken.None);
                took = Controlled.Time.GetUtcNow() - start;
                Invariant.Assert(quote == 42m && quotes.Calls == 3, $"quote {quote} after {quotes.Calls} calls, 42 after 3 expected");
            },
            new ExplorationOptions { Seed = 1, Iterations = 50 });

        Assert.Null(result.Bug);
        // 2 s timeout on the hung first call, 1 s retry delay, an instant failure, 1 s retry delay, the answer.
        Assert.Equal(TimeSpan.FromSeconds(4), took);
    }
}
