using Harness;
using Harness.Xunit;
using Scenarios.Plain.Banking;

namespace Scenarios.Plain.Tests.Banking;

/// <summary>P22 with <c>lock</c> statements: two transfers in opposite directions take the two locks in opposite order.</summary>
public sealed class TransferFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.Deadlock)]
    public Task Transfers_that_lock_source_first_deadlock() => CrossTransfers(Transfers.Move);

    [ConcurrencyFact]
    public Task Transfers_that_lock_in_account_order_complete() => CrossTransfers(Transfers.MoveInOrder);

    [Fact]
    public void The_deadlock_names_both_transfers_and_the_lines_where_they_wait()
    {
        var result = ConcurrencyTest.Explore(() => CrossTransfers(Transfers.Move));

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        string report = result.Bug!.ToString();
        Assert.Contains("Task.Run at Transfers.cs:48", report, StringComparison.Ordinal);
        Assert.Contains("Transfers.cs:17", report, StringComparison.Ordinal);
        Assert.Contains("Transfers.cs:15", report, StringComparison.Ordinal);
    }

    private static async Task CrossTransfers(Action<Account, Account, decimal> move)
    {
        var checking = new Account(1, 100m);
        var savings = new Account(2, 50m);
        await Transfers.CrossTransfersAsync(move, checking, savings);
        Invariant.Assert(checking.Balance + savings.Balance == 150m, "money is neither made nor lost");
    }
}
