using Harness;
using Harness.Xunit;
using Inventory;

namespace Inventory.Tests.Xunit3;

// BackgroundAuditLog writes with Task.Run: coyote.json names Inventory, so the build rewrites that call and the
// harness schedules it like any other operation.
public sealed class GuardedStockFacts
{
    [ConcurrencyFact]
    public async Task Two_buyers_never_oversell_the_last_unit()
    {
        var stock = new GuardedStock(1, new BackgroundAuditLog());
        await Task.WhenAll(Controlled.Run(() => stock.TryReserveAsync("ann", 1)), Controlled.Run(() => stock.TryReserveAsync("bob", 1)));
        Invariant.Assert(stock.OnHand == 0, $"on hand is {stock.OnHand}, expected 0");
    }
}

// Fails on purpose (run alone by the CI step): the check and the take are split by the audit write.
public sealed class BuggyStockFacts
{
    [ConcurrencyFact]
    public async Task Two_buyers_never_oversell_the_last_unit()
    {
        var stock = new Stock(1, new BackgroundAuditLog());
        await Task.WhenAll(Controlled.Run(() => stock.TryReserveAsync("ann", 1)), Controlled.Run(() => stock.TryReserveAsync("bob", 1)));
        Invariant.Assert(stock.OnHand == 0, $"on hand is {stock.OnHand}, expected 0");
    }
}
