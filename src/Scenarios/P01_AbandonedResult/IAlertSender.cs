namespace Scenarios.P01_AbandonedResult;

/// <summary>Pages every recipient of a clinical alert at once and reports who confirmed within the time budget.</summary>
public interface IAlertSender
{
    /// <summary>How long the caller waits for receipts before it moves on; the alert pipeline must never stall.</summary>
    static TimeSpan Budget { get; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Pages each recipient concurrently and collects receipts until all arrived or the budget is spent.</summary>
    /// <param name="alert">The alert text.</param>
    /// <param name="recipients">Who must be paged.</param>
    /// <returns>The receipts that arrived within <see cref="Budget"/>.</returns>
    Task<IReadOnlyList<DeliveryReceipt>> NotifyAsync(string alert, IReadOnlyList<string> recipients);
}
