using Harness;
using Harness.Xunit;
using Scenarios.Plain.Banking;
using Scenarios.Synchronous;

namespace Scenarios.Plain.Tests.Banking;

/// <summary>P22 with <c>lock</c> statements: two transfers in opposite directions take the two locks in opposite order.</summary>
public sealed class TransferFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.Deadlock)]
    public Task Transfers_that_lock_source_first_deadlock() => SynchronousCatalogue.CrossTransfers(Transfers.Move);

    [ConcurrencyFact]
    public Task Transfers_that_lock_in_account_order_complete() => SynchronousCatalogue.CrossTransfers(Transfers.MoveInOrder);

    [Fact]
    public void The_deadlock_names_both_transfers_and_the_lines_where_they_wait()
    {
        var result = ConcurrencyTest.Explore(() => SynchronousCatalogue.CrossTransfers(Transfers.Move));

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        string report = result.Bug!.ToString();
        Assert.Contains("Task.Run at Transfers.cs:48", report, StringComparison.Ordinal);
        Assert.Contains("Transfers.cs:17", report, StringComparison.Ordinal);
        Assert.Contains("Transfers.cs:15", report, StringComparison.Ordinal);
    }
}
