using System.Collections.Concurrent;

namespace Scenarios.Plain.Dunning;

/// <summary>
/// Sends a payment reminder to each overdue customer with <c>Parallel.ForEachAsync</c> and <c>Parallel.ForAsync</c>,
/// the way batch jobs do: each body awaits the mail call, then records what it sent. The bodies run at once, so the
/// buggy forms record into a plain <see cref="List{T}"/> or bump a plain counter; the fixed forms use a
/// <see cref="ConcurrentQueue{T}"/> and <see cref="Interlocked.Increment(ref int)"/>.
/// </summary>
public static class ReminderBatch
{
    private static readonly TimeSpan MailCall = TimeSpan.FromMilliseconds(20);

    /// <summary>The buggy batch: every body adds to one List&lt;T&gt; after its mail call.</summary>
    /// <param name="customers">The overdue customers.</param>
    /// <returns>The customers reminded.</returns>
    public static async Task<IReadOnlyCollection<string>> SendIntoList(IEnumerable<string> customers)
    {
        var sent = new List<string>();
        await Parallel.ForEachAsync(customers, async (customer, token) =>
        {
            await Task.Delay(MailCall, token);
            sent.Add(customer);
        });
        return sent;
    }

    /// <summary>The fixed batch: the bodies record into a ConcurrentQueue; the customers come from a paged async source.</summary>
    /// <param name="customers">The overdue customers, read page by page.</param>
    /// <returns>The customers reminded.</returns>
    public static async Task<IReadOnlyCollection<string>> SendIntoQueue(IAsyncEnumerable<string> customers)
    {
        var sent = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(customers, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (customer, token) =>
        {
            await Task.Delay(MailCall, token);
            sent.Enqueue(customer);
        });
        return sent;
    }

    /// <summary>The buggy count: <c>sent++</c> in every body of a Parallel.ForAsync.</summary>
    /// <param name="count">How many reminders to send.</param>
    /// <returns>How many were counted.</returns>
    public static async Task<int> CountRacy(int count)
    {
        int sent = 0;
        await Parallel.ForAsync(0, count, async (_, token) =>
        {
            await Task.Delay(MailCall, token);
            sent++;
        });
        return sent;
    }

    /// <summary>The fixed count: Interlocked.Increment in every body.</summary>
    /// <param name="count">How many reminders to send.</param>
    /// <returns>How many were counted.</returns>
    public static async Task<int> CountInterlocked(int count)
    {
        int sent = 0;
        await Parallel.ForAsync(0, count, async (_, token) =>
        {
            await Task.Delay(MailCall, token);
            Interlocked.Increment(ref sent);
        });
        return sent;
    }

    /// <summary>Overdue customers read from a paged store, one page per await.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="token">Cancels the reading.</param>
    /// <returns>The customers, one at a time.</returns>
    public static async IAsyncEnumerable<string> Paged(IEnumerable<string> customers, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        foreach (string customer in customers)
        {
            await Task.Delay(MailCall, token);
            yield return customer;
        }
    }
}
