using Harness;
using Harness.Xunit;

namespace Scenarios.Plain.Tests.Ledger;

/// <summary>An unnamed Mutex in plain code, through rewriting: released between a read and its write, it loses a deposit.</summary>
public sealed class LedgerFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Deposits_that_let_go_of_the_mutex_between_read_and_write_lose_one() => TwoDeposits(twoSteps: true);

    [ConcurrencyFact]
    public Task Deposits_that_hold_the_mutex_from_read_to_write_keep_both() => TwoDeposits(twoSteps: false);

    private static async Task TwoDeposits(bool twoSteps)
    {
        using var ledger = new Scenarios.Plain.Ledger.Ledger();
        await ledger.TwoDepositsAsync(twoSteps ? ledger.DepositInTwoSteps : ledger.Deposit);
        Invariant.Assert(ledger.Balance == 20m, "both deposits are in the balance");
    }
}
