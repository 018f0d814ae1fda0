using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class UnwindingTests
{
    [Fact]
    public void A_bug_found_while_another_operation_is_parked_in_a_lock_unwinds_that_operation()
    {
        int unwound = 0;
        var gate = new object();
        Task Holder()
        {
            MonitorCalls.Enter(gate, "Holder.cs:3");
            try
            {
                Controlled.Interleave();
                Controlled.Interleave();
            }
            finally
            {
                unwound++;
                MonitorCalls.Exit(gate, "Holder.cs:9");
            }

            return Task.CompletedTask;
        }

        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var holder = Controlled.Run(Holder, "holder");
                await Controlled.Run(() =>
                {
                    Controlled.Interleave();
                    Invariant.Assert(false, "the checker always fails");
                    return Task.CompletedTask;
                }, "checker");
                await holder;
            },
            new ExplorationOptions { Seed = 4, Shrink = false, Iterations = 1 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Equal(2, unwound); // the exploring run and the traced replay each left the lock through the finally block
    }

    [Fact]
    public void An_operation_left_blocked_in_synchronous_code_when_the_body_ends_is_a_leak()
    {
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var never = new ManualResetEventSlim();
                _ = Controlled.Run(() =>
                {
                    ManualResetEventSlimCalls.Wait(never, "Leaky.cs:5");
                    return Task.CompletedTask;
                }, "waiter");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Seed = 1 });

        Assert.Equal(BugKind.LeakedTask, result.Bug?.Kind);
        Assert.Contains("blocked in synchronous code at Leaky.cs:5", result.Bug!.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replay_that_no_longer_matches_a_hybrid_program_says_where()
    {
        var result = ConcurrencyTest.Replay(Programs.SyncCounters.Unguarded, "0:0 0:1 0:1 0:1 0:1 0:1 0:1");

        Assert.NotNull(result.ReplayProblem);
        Assert.Contains("diverged", result.ReplayProblem, StringComparison.Ordinal);
    }
}
