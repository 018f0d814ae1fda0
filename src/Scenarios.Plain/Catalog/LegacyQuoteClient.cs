namespace Scenarios.Plain.Catalog;

/// <summary>
/// A price service with an APM surface (BeginGetPrice/EndGetPrice over a Task, as libraries wrapped tasks for old
/// callers) and a caller that adapts it back with <c>Task&lt;decimal&gt;.Factory.FromAsync</c>. The buggy total reads
/// before the await and writes after it, so two quotes in flight lose one; the fixed one adds under a lock.
/// </summary>
public sealed class LegacyQuoteClient
{
    private readonly Lock gate = new();
    private decimal total;

    /// <summary>The sum of the quotes added so far.</summary>
    public decimal Total
    {
        get
        {
            lock (gate)
            {
                return total;
            }
        }
    }

    /// <summary>Buggy: reads the total, awaits the quote, writes the sum.</summary>
    /// <param name="price">The price the service will quote.</param>
    /// <returns>A task that completes when the quote was added.</returns>
    public async Task AddQuoteAsync(decimal price)
    {
        decimal before = Total;
        decimal quote = await Task<decimal>.Factory.FromAsync(BeginGetPrice, EndGetPrice, price);
        lock (gate)
        {
            total = before + quote;
        }
    }

    /// <summary>Fixed: awaits the quote, then adds it under the lock.</summary>
    /// <param name="price">The price the service will quote.</param>
    /// <returns>A task that completes when the quote was added.</returns>
    public async Task AddQuoteSafelyAsync(decimal price)
    {
        decimal quote = await Task<decimal>.Factory.FromAsync(BeginGetPrice, EndGetPrice, price);
        lock (gate)
        {
            total += quote;
        }
    }

    private static IAsyncResult BeginGetPrice(AsyncCallback? callback, object? state)
    {
        var result = new TaskCompletionSource<decimal>(state);
        Task.Run(async () =>
        {
            await Task.Yield();
            return (decimal)state!;
        }).ContinueWith(
            quoted =>
            {
                result.SetResult(quoted.Result);
                callback?.Invoke(result.Task);
            },
            TaskScheduler.Default);
        return result.Task;
    }

    private static decimal EndGetPrice(IAsyncResult result) => ((Task<decimal>)result).Result;
}
