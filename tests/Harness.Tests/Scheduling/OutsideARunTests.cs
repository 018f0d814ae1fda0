namespace Harness.Tests.Scheduling;

public sealed class OutsideARunTests
{
    [Fact]
    public async Task Controlled_run_outside_a_harness_run_is_task_run_on_the_thread_pool()
    {
        bool onPool = await Controlled.Run(() => Task.FromResult(Thread.CurrentThread.IsThreadPoolThread));

        Assert.True(onPool);
    }

    [Fact]
    public void An_invariant_that_fails_outside_a_harness_run_throws()
    {
        var error = Assert.Throws<InvariantViolationException>(() => Invariant.Assert(false, "stock never negative"));

        Assert.Equal("stock never negative", error.Message);
        Assert.Null(error.Operation);
    }

    [Fact]
    public void Inside_a_harness_run_the_invariant_names_the_operation_that_broke_it()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Run(async () =>
            {
                await Task.Yield();
                Invariant.Assert(false, "stock never negative");
            }, "picker");
        });

        var violation = Assert.IsType<InvariantViolationException>(result.Bug?.Exception);
        Assert.Equal("picker", violation.Operation);
    }
}
