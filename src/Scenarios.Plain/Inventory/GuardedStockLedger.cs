namespace Scenarios.Plain.Inventory;

/// <summary>The fixed ledger: one booking at a time runs the read, the round trip and the store.</summary>
public sealed class GuardedStockLedger : IStockLedger, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private int onHand;

    /// <inheritdoc/>
    public int OnHand => onHand;

    /// <inheritdoc/>
    public async Task ReceiveAsync(int units)
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            int current = onHand;
            await Task.Delay(5).ConfigureAwait(false);
            onHand = current + units;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => gate.Dispose();
}
