using Harness.Interception;

namespace Harness.Tests.Interception;

/// <summary>
/// The rewritten Task.Run and Task.Factory.StartNew hand back what .NET hands back (measured on .NET 10): the task
/// that runs synchronous work (Task.CurrentId inside is its Id), an unwrap proxy for asynchronous work, and a task
/// a token cancels until the work starts.
/// </summary>
public sealed class TaskRunSemanticsTests
{
    private static readonly ExplorationOptions Some = new() { Iterations = 20, Seed = 3 };

    [Fact]
    public void Task_Run_of_an_action_returns_the_task_that_runs_it()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            int? inside = null;
            var task = TaskCalls.Run(() => { inside = Task.CurrentId; }, "Ids.cs:1");
            await task;
            Invariant.Assert(inside == task.Id, $"Task.CurrentId inside is the returned task's Id ({inside} vs {task.Id})");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Task_Run_and_StartNew_of_a_function_return_the_task_that_runs_it()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var run = TaskCalls.Run(() => Task.CurrentId, "Ids.cs:2");
            var started = TaskFactoryCalls.StartNew(Task.Factory, () => Task.CurrentId, "Ids.cs:3");
            Invariant.Assert(await run == run.Id, "Task.Run: Task.CurrentId inside is the returned task's Id");
            Invariant.Assert(await started == started.Id, "StartNew: Task.CurrentId inside is the returned task's Id");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Task_Run_of_async_work_returns_a_proxy_as_dotnet_does()
    {
        int? inside = null;
        int? afterAwait = -1;
        int returned = 0;
        var result = ConcurrencyTest.Explore(async () =>
        {
            var task = TaskCalls.Run(async () =>
            {
                inside = Task.CurrentId;
                await Controlled.Yield();
                afterAwait = Task.CurrentId;
            }, "Ids.cs:4");
            returned = task.Id;
            await task;
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.NotNull(inside);
        Assert.NotEqual(returned, inside);
        Assert.Null(afterAwait);
    }

    [Fact]
    public void A_token_cancelled_before_the_work_starts_cancels_every_form_of_Task_Run()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var cts = new CancellationTokenSource();
            int ran = 0;
            Task[] tasks =
            [
                TaskCalls.Run(() => { ran++; }, cts.Token, "Cancel.cs:1"),
                TaskCalls.Run(() => ++ran, cts.Token, "Cancel.cs:2"),
                TaskCalls.Run(async () => { ran++; await Controlled.Yield(); }, cts.Token, "Cancel.cs:3"),
                TaskCalls.Run(async () => { await Controlled.Yield(); return ++ran; }, cts.Token, "Cancel.cs:4"),
                TaskFactoryCalls.StartNew(Task.Factory, () => { ran++; }, cts.Token, "Cancel.cs:5"),
                TaskFactoryCalls.StartNew(Task.Factory, () => ++ran, cts.Token, "Cancel.cs:6"),
            ];
            cts.Cancel();
            foreach (var task in tasks)
            {
                await Assert.ThrowsAsync<TaskCanceledException>(() => task);
                Invariant.Assert(task.IsCanceled, "the task is cancelled, not faulted");
            }

            Invariant.Assert(ran == 0, "no work ran");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_token_cancelled_by_another_operation_cancels_the_work_only_in_schedules_where_it_had_not_started()
    {
        var outcomes = new HashSet<string>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var cts = new CancellationTokenSource();
            bool ran = false;
            var work = TaskCalls.Run(() => { ran = true; }, cts.Token, "Race.cs:1");
            var canceller = Controlled.Run(async () =>
            {
                await Controlled.Yield();
                cts.Cancel();
            });
            await canceller;
            try
            {
                await work;
            }
            catch (TaskCanceledException)
            {
            }

            Invariant.Assert(ran != work.IsCanceled, "the work ran exactly when its task was not cancelled");
            lock (outcomes)
            {
                outcomes.Add(work.IsCanceled ? "cancelled" : "ran");
            }
        }, new ExplorationOptions { Iterations = 200, Seed = 5 });

        Assert.Null(result.Bug);
        Assert.Equal(["cancelled", "ran"], outcomes.Order());
    }

    [Fact]
    public void A_faulting_Task_Run_action_nobody_awaits_is_still_an_unobserved_exception()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            _ = TaskCalls.Run(new Action(() => throw new InvalidOperationException("lost")), "Lost.cs:1");
            return Task.CompletedTask;
        }, Some);

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("lost", result.Bug!.Summary, StringComparison.Ordinal);
    }
}
