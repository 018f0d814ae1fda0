namespace Scenarios.P01_AbandonedResult;

/// <summary>The webhook's answer for one recipient of an alert.</summary>
/// <param name="Recipient">Who was paged.</param>
/// <param name="Delivered">Whether the webhook confirmed the page.</param>
public sealed record DeliveryReceipt(string Recipient, bool Delivered);
