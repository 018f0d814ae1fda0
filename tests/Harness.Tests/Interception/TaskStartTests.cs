using Harness.Interception;

namespace Harness.Tests.Interception;

/// <summary>An unstarted <c>new Task(...)</c>: Start() as the rewriter redirects it, and RunSynchronously, which runs inline.</summary>
public sealed class TaskStartTests
{
    private static readonly ExplorationOptions Some = new() { Iterations = 100, Seed = 5 };

    [Fact]
    public void Two_started_tasks_that_read_then_write_lose_an_update_that_exploration_finds()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            int total = 0;
            var tasks = new[] { new Task(Add), new Task(Add) };
            foreach (var task in tasks)
            {
                TaskCalls.Start(task, "Start.cs:7");
            }

            await Task.WhenAll(tasks);
            Invariant.Assert(total == 2, "no update is lost");

            void Add()
            {
                int read = total;
                Controlled.Interleave();
                total = read + 1;
            }
        }, Some);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void Started_tasks_that_add_atomically_are_clean()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            int total = 0;
            var tasks = new[] { new Task(() => Interlocked.Increment(ref total)), new Task(() => Interlocked.Increment(ref total)) };
            TaskCalls.Start(tasks[0], "Start.cs:17");
            TaskCalls.Start(tasks[1], TaskScheduler.Default, "Start.cs:18");
            await Task.WhenAll(tasks);
            Invariant.Assert(total == 2, "no update is lost");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Starting_a_task_twice_throws_what_dotnet_throws()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            var task = new Task(() => { });
            TaskCalls.Start(task, "Twice.cs:1");
            await task;
            var thrown = Record.Exception(() => TaskCalls.Start(task, "Twice.cs:3"));

            // Measured: "Start may not be called on a task that has completed."
            Invariant.Assert(thrown is InvalidOperationException, $"InvalidOperationException ({thrown?.GetType().Name})");
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void RunSynchronously_inside_a_run_runs_the_task_inline_as_dotnet_does()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            bool ran = false;
            var task = new Task(() => { ran = true; });
            task.RunSynchronously();
            Invariant.Assert(ran && task.Status == TaskStatus.RanToCompletion, $"ran inline ({task.Status})");
            await task;
        }, new ExplorationOptions { Iterations = 10 });

        Assert.Null(result.Bug);
    }
}
