using Harness.Interception;

namespace Harness.Tests.Interception;

public sealed class TaskCallsTests
{
    private static readonly ExplorationOptions Once = new() { Iterations = 1 };

    [Fact]
    public void Inside_a_run_Task_Run_of_a_lambda_starts_an_operation_named_after_its_site()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await TaskCalls.Run(() => { }, "Inventory.cs:31");
            await TaskCalls.Run(() => { }, "Inventory.cs:31");
            Invariant.Assert(false, "stop for the trace");
        }, Once);

        Assert.Contains(result.Trace, line => line.Contains("Task.Run at Inventory.cs:31  starts (spawned at Inventory.cs:31)", StringComparison.Ordinal));
        Assert.Contains(result.Trace, line => line.Contains("Task.Run at Inventory.cs:31 #2  starts (spawned at Inventory.cs:31)", StringComparison.Ordinal));
    }

    [Fact]
    public void Inside_a_run_Task_Run_of_a_method_group_is_named_after_the_method()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            Assert.Equal(42, await TaskCalls.Run(Answer, "Inventory.cs:40"));
            Invariant.Assert(false, "stop for the trace");
        }, Once);

        Assert.Contains(result.Trace, line => line.Contains("Answer", StringComparison.Ordinal) && line.Contains("spawned at Inventory.cs:40", StringComparison.Ordinal));
    }

    [Fact]
    public void A_faulting_Task_Run_lambda_faults_its_task_as_the_BCL_one_does()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var failing = TaskCalls.Run(new Action(() => throw new InvalidOperationException("boom")), "Inventory.cs:50");
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
            Invariant.Assert(error.Message == "boom", "the lambda's own exception comes back");
        }, new ExplorationOptions { Iterations = 20 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Inside_a_run_Delay_and_ConfigureAwait_false_stay_controlled_and_take_virtual_time()
    {
        TimeSpan waited = default;
        var result = ConcurrencyTest.Explore(async () =>
        {
            var start = Controlled.Time.GetUtcNow();
            await TaskCalls.ConfigureAwait(TaskCalls.Delay(30_000, "Heartbeat.cs:9"), false, "Heartbeat.cs:9");
            await TaskCalls.ConfigureAwait(TaskCalls.Run(() => 1, "Heartbeat.cs:10"), false, "Heartbeat.cs:10");
            waited = Controlled.Time.GetUtcNow() - start;
        }, new ExplorationOptions { Iterations = 50 });

        Assert.Null(result.Bug);
        Assert.Equal(TimeSpan.FromSeconds(30), waited);
    }

    [Fact]
    public void Inside_a_run_WaitAsync_with_a_timeout_times_out_on_the_virtual_clock()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var never = new TaskCompletionSource().Task;
            await Assert.ThrowsAsync<TimeoutException>(() => TaskCalls.WaitAsync(never, TimeSpan.FromSeconds(5), "Lookup.cs:3"));
            Invariant.Assert(Controlled.Time.GetUtcNow() == new DateTimeOffset(2000, 1, 1, 0, 0, 5, TimeSpan.Zero), "timed out after 5 virtual seconds");
        }, new ExplorationOptions { Iterations = 10 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public async Task Outside_a_run_the_targets_are_the_BCL_calls()
    {
        Assert.Equal(42, await TaskCalls.Run(Answer, "Inventory.cs:40"));
        Assert.Equal(3, await TaskFactoryCalls.StartNew(Task.Factory, () => 3, "Inventory.cs:41"));
        await TaskCalls.Delay(0, "Inventory.cs:42");
        Assert.Same(await TaskCalls.WhenAny(Task.CompletedTask, new TaskCompletionSource().Task, "Inventory.cs:43"), Task.CompletedTask);
    }

    private static int Answer() => 42;
}
