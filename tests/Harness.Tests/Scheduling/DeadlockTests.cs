using Harness.Tests.Programs;

namespace Harness.Tests.Scheduling;

public sealed class DeadlockTests
{
    [Fact]
    public void Two_semaphores_taken_in_opposite_order_are_reported_as_a_deadlock_naming_both_tasks_and_their_await_lines()
    {
        var result = ConcurrencyTest.Explore(LockOrdering.OppositeOrder, new ExplorationOptions { Seed = 1 });

        Assert.NotNull(result.Bug);
        Assert.Equal(BugKind.Deadlock, result.Bug.Kind);
        Assert.Contains("debit", result.Bug.Operations);
        Assert.Contains("credit", result.Bug.Operations);
        Assert.Contains(SourceLine.Of("second gate of debit"), result.Bug.Details, StringComparison.Ordinal);
        Assert.Contains(SourceLine.Of("second gate of credit"), result.Bug.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Taking_the_semaphores_in_one_order_never_deadlocks()
    {
        var result = ConcurrencyTest.Explore(LockOrdering.SameOrder, new ExplorationOptions { Iterations = 2_000, Seed = 1 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_body_waiting_on_a_completion_nobody_sets_is_a_deadlock_of_the_body_alone()
    {
        var result = ConcurrencyTest.Explore(async () => await new TaskCompletionSource().Task, name: "waiter");

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Equal(["waiter"], result.Bug!.Operations);
    }
}
