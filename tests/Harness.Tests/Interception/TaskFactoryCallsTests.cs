using Harness.Interception;

namespace Harness.Tests.Interception;

/// <summary>
/// Task.Factory.StartNew and new TaskFactory(...).StartNew as the rewriter redirects them: .NET's own call on the
/// controlled scheduler, so options and identity are .NET's (measured on .NET 10 in a console app) and the work is
/// an operation the strategies interleave, LongRunning included.
/// </summary>
public sealed class TaskFactoryCallsTests
{
    private static readonly ExplorationOptions Some = new() { Iterations = 100, Seed = 7 };

    [Fact]
    public void StartNew_after_an_await_runs_as_a_controlled_operation_named_after_its_site()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            await TaskFactoryCalls.StartNew(Task.Factory, () => { }, "Ledger.cs:12");
            Invariant.Assert(false, "stop for the trace");
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains(result.Trace, line => line.Contains("Task.Factory.StartNew at Ledger.cs:12  starts", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_long_running_StartNew_increments_lose_an_update_that_exploration_finds()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            int total = 0;
            async Task AddAsync()
            {
                int read = total;
                await Controlled.Yield();
                total = read + 1;
            }

            var first = TaskFactoryCalls.StartNew(Task.Factory, AddAsync, TaskCreationOptions.LongRunning, "Ledger.cs:20");
            var second = TaskFactoryCalls.StartNew(Task.Factory, AddAsync, TaskCreationOptions.LongRunning, "Ledger.cs:21");
            await Task.WhenAll(await first, await second);
            Invariant.Assert(total == 2, "no update is lost");
        }, Some);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("no update is lost", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_running_StartNew_increments_under_a_gate_are_clean_and_keep_their_options()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            int total = 0;
            using var gate = new SemaphoreSlim(1);
            async Task AddAsync()
            {
                await gate.WaitAsync();
                int read = total;
                await Controlled.Yield();
                total = read + 1;
                gate.Release();
            }

            var first = TaskFactoryCalls.StartNew(Task.Factory, AddAsync, TaskCreationOptions.LongRunning, "Ledger.cs:30");
            var second = TaskFactoryCalls.StartNew(Task.Factory, AddAsync, TaskCreationOptions.LongRunning, "Ledger.cs:31");
            await Task.WhenAll(await first, await second);
            Invariant.Assert(total == 2, "no update is lost");
            Invariant.Assert(first.CreationOptions == TaskCreationOptions.LongRunning, "LongRunning is kept as .NET keeps it");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_child_a_DenyChildAttach_parent_does_not_wait_for_is_found_unfinished()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            bool childRan = false;
            var parent = TaskFactoryCalls.StartNew(Task.Factory, () =>
            {
                TaskFactoryCalls.StartNew(Task.Factory, () => { childRan = true; }, TaskCreationOptions.AttachedToParent, "Tree.cs:3");
            }, TaskCreationOptions.DenyChildAttach, "Tree.cs:2");
            await parent;
            Invariant.Assert(childRan, "the child ran before the parent completed");
        }, Some);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void An_attached_child_completes_before_its_StartNew_parent_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            bool childRan = false;
            var parent = TaskFactoryCalls.StartNew(Task.Factory, () =>
            {
                TaskFactoryCalls.StartNew(Task.Factory, () => { childRan = true; }, TaskCreationOptions.AttachedToParent, "Tree.cs:13");
            }, "Tree.cs:12");
            await parent;
            Invariant.Assert(childRan, "the child ran before the parent completed");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_task_factory_with_its_own_token_and_options_applies_them_as_dotnet_does()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            var factory = new TaskFactory(cancelled.Token, TaskCreationOptions.PreferFairness, TaskContinuationOptions.None, null);
            bool ran = false;
            var task = TaskFactoryCalls.StartNew(factory, () => { ran = true; }, "Factory.cs:4");

            // Measured: StartNew with a cancelled token hands back a queued task (WaitingToRun) that cancels when it would run.
            Invariant.Assert(task.Status == TaskStatus.WaitingToRun, $"queued, as in .NET ({task.Status})");
            await Task.WhenAny(task);
            Invariant.Assert(task.IsCanceled && !ran, "cancelled without running");
            Invariant.Assert(task.CreationOptions == TaskCreationOptions.PreferFairness, "the factory's creation options");
        }, new ExplorationOptions { Iterations = 10 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Inside_StartNew_work_TaskScheduler_Current_is_controlled_so_work_started_with_it_stays_controlled()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            int ran = 0;
            await TaskFactoryCalls.StartNew(Task.Factory, () =>
            {
                // Not redirected: Task.Factory uses TaskScheduler.Current, which here is the harness's scheduler.
                return Task.Factory.StartNew(() => ran++, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Current);
            }, "Current.cs:5").Unwrap();
            Invariant.Assert(ran == 1, "the nested work ran once");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_typed_task_factory_starts_controlled_operations_whose_lost_update_is_found()
    {
        static Func<Task> Count(bool atomically) => async () =>
        {
            await Controlled.Yield();
            int total = 0;
            var factory = new TaskFactory<int>(TaskCreationOptions.LongRunning, TaskContinuationOptions.None);
            int Add()
            {
                if (atomically)
                {
                    return Interlocked.Increment(ref total);
                }

                int read = total;
                Controlled.Interleave();
                return total = read + 1;
            }

            var first = TaskFactoryCalls.StartNew(factory, Add, "Typed.cs:9");
            var second = TaskFactoryCalls.StartNew(Task<int>.Factory, Add, "Typed.cs:10");
            await Task.WhenAll(first, second);
            Invariant.Assert(total == 2, "no update is lost");
            Invariant.Assert(first.CreationOptions == TaskCreationOptions.LongRunning, "the factory's options");
        };

        Assert.Equal(BugKind.AssertionFailure, ConcurrencyTest.Explore(Count(atomically: false), Some).Bug?.Kind);
        Assert.Null(ConcurrencyTest.Explore(Count(atomically: true), Some).Bug);
    }

    [Fact]
    public async Task Outside_a_run_StartNew_is_the_task_factory_call()
    {
        var task = TaskFactoryCalls.StartNew(Task.Factory, () => 5, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default, "Outside.cs:1");

        Assert.Equal(5, await task);
        Assert.Equal(TaskCreationOptions.LongRunning, task.CreationOptions);
    }
}
