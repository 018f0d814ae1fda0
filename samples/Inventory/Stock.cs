namespace Inventory;

/// <summary>Units of one item on hand. The bug: the check and the take are split by an await.</summary>
public sealed class Stock(int onHand, IAuditLog audit)
{
    public int OnHand => onHand;

    public async Task<bool> TryReserveAsync(string buyer, int quantity)
    {
        if (onHand < quantity)
        {
            return false;
        }

        await audit.WriteAsync($"{buyer} reserves {quantity}");   // another buyer can pass the check meanwhile
        onHand -= quantity;
        return true;
    }
}

/// <summary>The fix: the check, the audit entry and the take happen under one async lock.</summary>
public sealed class GuardedStock(int onHand, IAuditLog audit)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public int OnHand => onHand;

    public async Task<bool> TryReserveAsync(string buyer, int quantity)
    {
        await gate.WaitAsync();
        try
        {
            if (onHand < quantity)
            {
                return false;
            }

            await audit.WriteAsync($"{buyer} reserves {quantity}");
            onHand -= quantity;
            return true;
        }
        finally
        {
            gate.Release();
        }
    }
}
