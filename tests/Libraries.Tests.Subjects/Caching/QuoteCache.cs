using Microsoft.Extensions.Caching.Memory;

namespace Libraries.Subjects.Caching;

/// <summary>
/// Quotes fetched once per symbol through a <see cref="MemoryCache"/>. <see cref="GetAsync"/> is the usual
/// <c>GetOrCreateAsync</c>: two callers that miss together both run the fetch. <see cref="GetOnceAsync"/> caches
/// a <c>Lazy&lt;Task&gt;</c> under a lock, so the fetch starts once and every caller awaits the same task.
/// </summary>
public sealed class QuoteCache(IMemoryCache cache)
{
    private readonly object gate = new();

    private int fetches;

    public int Fetches => Volatile.Read(ref fetches);

    public Task<decimal> GetAsync(string symbol) => cache.GetOrCreateAsync(symbol, _ => FetchAsync(symbol));

    public Task<decimal> GetOnceAsync(string symbol)
    {
        Lazy<Task<decimal>> once;
        lock (gate)
        {
            once = cache.GetOrCreate(symbol, _ => new Lazy<Task<decimal>>(() => FetchAsync(symbol)))!;
        }

        return once.Value;
    }

    private async Task<decimal> FetchAsync(string symbol)
    {
        Interlocked.Increment(ref fetches);
        await Task.Delay(50);
        return symbol.Length * 10m;
    }
}
