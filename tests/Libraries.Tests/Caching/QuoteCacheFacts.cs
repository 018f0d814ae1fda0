using Harness;
using Libraries.Subjects.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace Libraries.Tests.Caching;

/// <summary>MemoryCache (Microsoft.Extensions.Caching.Memory, rewritten) with a fetch that awaits.</summary>
public sealed class QuoteCacheFacts
{
    private static readonly ExplorationOptions Options = new() { Seed = 1, Iterations = 200 };

    [Fact]
    public void GetOrCreateAsync_called_by_two_requests_together_fetches_twice_in_some_schedule()
    {
        var result = ConcurrencyTest.Explore(() => TwoRequests(quotes => quotes.GetAsync("ACME")), Options);

        Assert.True(result.Bug?.Kind == BugKind.AssertionFailure, result.Bug?.ToString());
        Assert.Contains("fetched 2 times", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    [Fact]
    public void A_lazy_task_cached_under_a_lock_fetches_once_in_every_explored_schedule()
    {
        var result = ConcurrencyTest.Explore(() => TwoRequests(quotes => quotes.GetOnceAsync("ACME")), Options);

        Assert.Null(result.Bug);
    }

    private static async Task TwoRequests(Func<QuoteCache, Task<decimal>> get)
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var quotes = new QuoteCache(cache);
        decimal first = 0, second = 0;
        await Task.WhenAll(
            Controlled.Run(async () => first = await get(quotes), "first request"),
            Controlled.Run(async () => second = await get(quotes), "second request"));
        Invariant.Assert(first == 40m && second == 40m, "both requests get the quote");
        Invariant.Assert(quotes.Fetches == 1, $"the quote was fetched {quotes.Fetches} times, once expected");
    }
}
