using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class BlockingWaitTargetTests
{
    [Fact]
    public void Thread_sleep_costs_virtual_time_only()
    {
        TimeSpan slept = TimeSpan.Zero;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var start = Controlled.Time.GetUtcNow();
                await Controlled.Run(() =>
                {
                    ThreadCalls.Sleep(TimeSpan.FromHours(1), "Sleeper.cs:3");
                    return Task.CompletedTask;
                });
                slept = Controlled.Time.GetUtcNow() - start;
            },
            new ExplorationOptions { Iterations = 3 });

        Assert.Null(result.Bug);
        Assert.Equal(TimeSpan.FromHours(1), slept);
    }

    [Fact]
    public void Task_wait_on_an_unfinished_controlled_task_is_a_controlled_wait()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                int value = 0;
                var worker = Controlled.Run(async () =>
                {
                    await Task.Yield();
                    value = 5;
                });
                BlockingTaskCalls.Wait(worker, "Waiter.cs:8");
                Invariant.Assert(value == 5, "the wait returned after the work finished");
                Invariant.Assert(BlockingTaskCalls.Result(Controlled.Run(() => Task.FromResult(7)), "Waiter.cs:10") == 7, "the result arrives");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 200, Seed = 1, Strategy = SchedulingStrategy.Random });

        Assert.Null(result.Bug);
        Assert.Equal(200, result.Iterations);
    }

    [Fact]
    public void Task_wait_with_a_timeout_times_out_on_the_virtual_clock()
    {
        bool finished = true;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var gate = new TaskCompletionSource();
                finished = BlockingTaskCalls.Wait(gate.Task, TimeSpan.FromSeconds(30), "Waiter.cs:4");
                gate.SetResult();
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.False(finished);
    }

    [Fact]
    public void A_task_wait_on_work_that_never_finishes_is_a_deadlock_not_a_blocking_wait()
    {
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var never = new TaskCompletionSource();
                BlockingTaskCalls.Wait(never.Task, "Waiter.cs:4");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("waits at Waiter.cs:4 for a task that never finishes", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Semaphore_event_and_countdown_waits_are_released_by_other_operations()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var semaphore = new SemaphoreSlim(0);
                using var signal = new ManualResetEventSlim();
                using var countdown = new CountdownEvent(2);
                var waiter = Controlled.Run(() =>
                {
                    SemaphoreSlimCalls.Wait(semaphore, "Waiter.cs:7");
                    ManualResetEventSlimCalls.Wait(signal, "Waiter.cs:8");
                    CountdownEventCalls.Wait(countdown, "Waiter.cs:9");
                    return Task.CompletedTask;
                }, "waiter");
                await Controlled.Run(() =>
                {
                    semaphore.Release();
                    signal.Set();
                    CountdownEventCalls.Signal(countdown, "Waiter.cs:15");
                    CountdownEventCalls.Signal(countdown, "Waiter.cs:16");
                    return Task.CompletedTask;
                }, "releaser");
                await waiter;
            },
            new ExplorationOptions { Iterations = 300, Seed = 2, Strategy = SchedulingStrategy.Random });

        Assert.Null(result.Bug);
        Assert.Equal(300, result.Iterations);
    }
}
