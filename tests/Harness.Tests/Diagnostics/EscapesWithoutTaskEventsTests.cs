namespace Harness.Tests.Diagnostics;

/// <summary>
/// Exploring iterations after the first run with the runtime's task events off, for speed; the thread-pool events
/// and the pool capture must still find an escape there, at the same call site the traced re-run reports.
/// </summary>
public sealed class EscapesWithoutTaskEventsTests
{
    [Fact]
    public void Task_run_reached_only_in_a_later_schedule_is_found_at_its_call_site_and_replays_identically()
    {
        int taskRunLine = 0;
        var result = ConcurrencyTest.Explore(async () =>
        {
            char first = ' ';
            await Task.WhenAll(
                Controlled.Run(async () => { await Task.Yield(); first = first == ' ' ? 'a' : first; }, "a"),
                Controlled.Run(async () => { await Task.Yield(); first = first == ' ' ? 'b' : first; }, "b"));
            if (first == 'b')
            {
                taskRunLine = ThisLine() + 1;
                await Task.Run(() => { });
            }
        }, new ExplorationOptions { Seed = 3 });

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.True(result.Iterations > 1, $"the escape was found in iteration {result.Iterations}, which ran with the task events on");
        Assert.Null(result.ReplayProblem);
        Assert.Contains($"EscapesWithoutTaskEventsTests.cs:{taskRunLine}", result.Bug!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wait_on_an_unfinished_task_in_a_later_schedule_is_reported_as_a_blocking_wait()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            char first = ' ';
            var never = new TaskCompletionSource();
            await Task.WhenAll(
                Controlled.Run(async () => { await Task.Yield(); first = first == ' ' ? 'a' : first; }, "a"),
                Controlled.Run(async () => { await Task.Yield(); first = first == ' ' ? 'b' : first; }, "b"));
            if (first == 'b')
            {
                never.Task.Wait();
            }
        }, new ExplorationOptions { Seed = 3, Shrink = false });

        Assert.Equal(BugKind.BlockingWait, result.Bug?.Kind);
        Assert.True(result.Iterations > 1, $"the wait was reached in iteration {result.Iterations}, which ran with the task events on");
        Assert.Null(result.ReplayProblem);
        Assert.Contains(".Wait() / .Result", result.Bug!.Summary, StringComparison.Ordinal);
    }

    private static int ThisLine([System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => line;
}
