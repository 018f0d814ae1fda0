namespace Scenarios.Plain.Quoting;

/// <summary>One line of a customer's quote.</summary>
/// <param name="Sku">The product.</param>
/// <param name="Quantity">How many.</param>
/// <param name="UnitPrice">The price of one.</param>
public sealed record QuoteLine(string Sku, int Quantity, decimal UnitPrice)
{
    /// <summary>Gets the line's total.</summary>
    public decimal Total => Quantity * UnitPrice;
}
