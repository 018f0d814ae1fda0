using Harness;
using Harness.Xunit;
using Scenarios.Plain.Catalog;

namespace Scenarios.Plain.Tests.Catalog;

/// <summary>
/// Plain APM code adapted with Task&lt;T&gt;.Factory.FromAsync, rewritten: the begin method's task, its continuation
/// and the end method are controlled, so the quote lost across the await is found and the locked add is clean.
/// </summary>
public sealed class LegacyQuoteClientFacts
{
    [Fact]
    public void A_total_read_before_FromAsync_and_written_after_it_loses_a_quote_in_some_schedule()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var client = new LegacyQuoteClient();
            await Task.WhenAll(Controlled.Run(() => client.AddQuoteAsync(3m)), Controlled.Run(() => client.AddQuoteAsync(4m)));
            Invariant.Assert(client.Total == 7m, $"both quotes count ({client.Total})");
        }, new ExplorationOptions { Iterations = 300 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [ConcurrencyFact(Iterations = 300)]
    public async Task A_quote_added_under_the_lock_after_FromAsync_always_counts()
    {
        var client = new LegacyQuoteClient();
        await Task.WhenAll(Controlled.Run(() => client.AddQuoteSafelyAsync(3m)), Controlled.Run(() => client.AddQuoteSafelyAsync(4m)));

        Invariant.Assert(client.Total == 7m, $"both quotes count ({client.Total})");
    }

    [Fact]
    public async Task Outside_a_harness_run_the_rewritten_client_is_plain_apm()
    {
        Assert.False(Controlled.IsActive);
        var client = new LegacyQuoteClient();

        await client.AddQuoteSafelyAsync(3m);

        Assert.Equal(3m, client.Total);
    }
}
