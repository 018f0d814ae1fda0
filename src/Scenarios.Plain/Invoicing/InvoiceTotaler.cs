namespace Scenarios.Plain.Invoicing;

/// <summary>
/// Sums an invoice's line items on two long-running workers (<c>Task.Factory.StartNew</c> with
/// <c>TaskCreationOptions.LongRunning</c>) and publishes the total from a continuation, as TPL code written before
/// async/await does (the fixed form starts its second worker on a typed <c>Task&lt;int&gt;.Factory</c>). The buggy form continues after the first worker only, so the second one's lines can be missing.
/// </summary>
public sealed class InvoiceTotaler
{
    private readonly Lock gate = new();
    private decimal total;

    /// <summary>Buggy: publishes the total when the first worker is done, whatever the second is doing.</summary>
    /// <param name="first">The first worker's line items.</param>
    /// <param name="second">The second worker's line items.</param>
    /// <returns>The published total.</returns>
    public Task<decimal> PublishAfterFirstAsync(decimal[] first, decimal[] second)
    {
        var firstWorker = Task.Factory.StartNew(() => Add(first), TaskCreationOptions.LongRunning);
        _ = Task.Factory.StartNew(() => Add(second), TaskCreationOptions.LongRunning);
        return firstWorker.ContinueWith(_ => Read(), TaskContinuationOptions.OnlyOnRanToCompletion);
    }

    /// <summary>Fixed: publishes the total when both workers are done.</summary>
    /// <param name="first">The first worker's line items.</param>
    /// <param name="second">The second worker's line items.</param>
    /// <returns>The published total.</returns>
    public Task<decimal> PublishAfterAllAsync(decimal[] first, decimal[] second)
    {
        var firstWorker = Task.Factory.StartNew(() => Add(first), TaskCreationOptions.LongRunning);
        var secondWorker = Task<int>.Factory.StartNew(() => Add(second), TaskCreationOptions.LongRunning);
        return Task.Factory.ContinueWhenAll([firstWorker, secondWorker], _ => Read());
    }

    /// <summary>Buggy: a typed factory publishes the total when either worker is done (<c>ContinueWhenAny</c>).</summary>
    /// <param name="first">The first worker's line items.</param>
    /// <param name="second">The second worker's line items.</param>
    /// <returns>The published total.</returns>
    public Task<decimal> PublishWhenAnyAsync(decimal[] first, decimal[] second)
    {
        var workers = new[] { Task<int>.Factory.StartNew(() => Add(first)), Task<int>.Factory.StartNew(() => Add(second)) };
        return Task<decimal>.Factory.ContinueWhenAny(workers, _ => Read());
    }

    /// <summary>Fixed: a typed factory publishes the total when every worker is done (<c>ContinueWhenAll</c>).</summary>
    /// <param name="first">The first worker's line items.</param>
    /// <param name="second">The second worker's line items.</param>
    /// <returns>The published total.</returns>
    public Task<decimal> PublishWhenAllAsync(decimal[] first, decimal[] second)
    {
        var workers = new[] { Task<int>.Factory.StartNew(() => Add(first)), Task<int>.Factory.StartNew(() => Add(second)) };
        return Task<decimal>.Factory.ContinueWhenAll(workers, _ => Read());
    }

    private int Add(decimal[] lines)
    {
        foreach (decimal line in lines)
        {
            lock (gate)
            {
                total += line;
            }
        }

        return lines.Length;
    }

    private decimal Read()
    {
        lock (gate)
        {
            return total;
        }
    }
}
