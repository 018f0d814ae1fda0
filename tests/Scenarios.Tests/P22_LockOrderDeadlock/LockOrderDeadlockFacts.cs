using Harness;
using Harness.Xunit;
using Scenarios.P22_LockOrderDeadlock;

namespace Scenarios.Tests.P22_LockOrderDeadlock;

/// <summary>P22 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class LockOrderDeadlockFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.Deadlock)]
    public Task Transfers_that_lock_the_leaving_ward_first_deadlock() => LockOrderDeadlock.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Transfers_that_lock_wards_in_name_order_both_complete() => LockOrderDeadlock.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Transfers_that_lock_wards_in_name_order_both_complete_under_pct_schedules_too() => LockOrderDeadlock.Pitfall.Fixed();
}
