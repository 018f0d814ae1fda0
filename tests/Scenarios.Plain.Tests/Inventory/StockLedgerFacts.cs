using System.Globalization;
using Harness;
using Harness.Xunit;
using Scenarios.Plain.Inventory;

namespace Scenarios.Plain.Tests.Inventory;

/// <summary>P05 in plain Task.Run / Task.Delay(ms) / ConfigureAwait(false) code, controlled by rewriting alone.</summary>
public sealed class StockLedgerFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Unguarded_ledger_loses_a_shipment() => ReceiveThreeShipments(new StockLedger());

    [ConcurrencyFact]
    public async Task Guarded_ledger_books_every_shipment()
    {
        using var ledger = new GuardedStockLedger();
        await ReceiveThreeShipments(ledger);
    }

    [Fact]
    public void Lost_update_trace_names_the_plain_code_by_file_and_line()
    {
        var result = ConcurrencyTest.Explore(() => ReceiveThreeShipments(new StockLedger()), new ExplorationOptions { Strategy = SchedulingStrategy.Random, Iterations = 200 }); // the portfolio's fixed opening finds the lost update before the race

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind); // async bodies are race-checked too, before the update is lost
        string trace = string.Join('\n', result.Trace);
        Assert.Contains("Task.Run at Warehouse.cs:11", trace, StringComparison.Ordinal);
        Assert.Contains("starts (spawned at Warehouse.cs:11)", trace, StringComparison.Ordinal);
        Assert.Contains("StockLedger.ReceiveAsync", trace, StringComparison.Ordinal);
        Assert.Contains("StockLedger.cs:", trace, StringComparison.Ordinal);
    }

    internal static async Task ReceiveThreeShipments(IStockLedger ledger)
    {
        await Warehouse.ReceiveShipmentsAsync(ledger, 3, 5, 2);
        Invariant.Assert(ledger.OnHand == 10, "every shipment is booked: 10 units received, the ledger says " + ledger.OnHand.ToString(CultureInfo.InvariantCulture));
    }
}
