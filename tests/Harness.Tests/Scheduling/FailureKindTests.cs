namespace Harness.Tests.Scheduling;

public sealed class FailureKindTests
{
    [Fact]
    public void A_failed_xunit_assertion_in_the_body_is_an_assertion_failure()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Task.Yield();
            Assert.Equal(1, 2);
        });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void An_exception_thrown_by_an_async_void_method_is_unhandled()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            FireAndCrash();
            await Task.Yield();
        });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("async void", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_invariant_in_a_spawned_operation_ends_the_iteration_at_that_step()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var failing = Controlled.Run(async () =>
            {
                await Controlled.Yield();
                Invariant.Assert(false, "broken at once");
            }, "failing");
            var slow = Controlled.Run(() => Task.Delay(TimeSpan.FromHours(1), Controlled.Time), "slow");
            await Task.WhenAll(failing, slow);
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Equal(["failing"], result.Bug!.Operations);
        Assert.Equal(TimeSpan.Zero, result.Bug.VirtualTime);
        Assert.Equal(result.Bug.Step + 1, result.Trace.Count);
    }

    [Fact]
    public void A_broken_invariant_counts_even_when_the_code_catches_the_exception()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            try
            {
                Invariant.Assert(false, "swallowed");
            }
            catch (InvariantViolationException)
            {
            }
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void A_loop_that_never_exits_reaches_the_step_bound()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            while (true)
            {
                await Controlled.Yield();
            }
        }, new ExplorationOptions { MaxSteps = 500 });

        Assert.Equal(BugKind.StepBoundReached, result.Bug?.Kind);
        Assert.Equal(500, result.Bug!.Step);
        Assert.Contains("MaxSteps", result.Bug.Summary, StringComparison.Ordinal);
    }

#pragma warning disable VSTHRD100 // The async void is the subject of the test.
    private static async void FireAndCrash()
#pragma warning restore VSTHRD100
    {
        await Task.Yield();
        throw new InvalidOperationException("crash");
    }
}
