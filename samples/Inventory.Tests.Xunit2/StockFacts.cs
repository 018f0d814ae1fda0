using Harness;
using Harness.Xunit;
using Inventory;

namespace Inventory.Tests.Xunit2;

/// <summary>An audit log that only yields: each write is a point where another buyer may run.</summary>
internal sealed class YieldingAudit : IAuditLog
{
    public async Task WriteAsync(string entry) => await Task.Yield();
}

public sealed class GuardedStockFacts
{
    [ConcurrencyFact]
    public async Task Two_buyers_never_oversell_the_last_unit()
    {
        var stock = new GuardedStock(1, new YieldingAudit());
        await Task.WhenAll(Controlled.Run(() => stock.TryReserveAsync("ann", 1)), Controlled.Run(() => stock.TryReserveAsync("bob", 1)));
        Invariant.Assert(stock.OnHand == 0, $"on hand is {stock.OnHand}, expected 0");
    }
}

// Fails on purpose: Stock checks and takes across an await. The CI step runs it alone, expects the failure,
// its received snapshot, and `harness replay` reproducing it.
public sealed class BuggyStockFacts
{
    [ConcurrencyFact]
    public async Task Two_buyers_never_oversell_the_last_unit()
    {
        var stock = new Stock(1, new YieldingAudit());
        await Task.WhenAll(Controlled.Run(() => stock.TryReserveAsync("ann", 1)), Controlled.Run(() => stock.TryReserveAsync("bob", 1)));
        Invariant.Assert(stock.OnHand == 0, $"on hand is {stock.OnHand}, expected 0");
    }
}
