namespace Harness.Tests.Diagnostics;

/// <summary>
/// "UncontrolledConcurrency": "allow": work the harness cannot control is tolerated and waited for in real time, and a
/// bug found says the run was only partly controlled. The uncontrolled work here is a real thread the test releases
/// only once controlled code waits for it, so it always wakes controlled code from its own thread, promptly.
/// </summary>
public sealed class PartlyControlledTests
{
    private static readonly ExplorationOptions Allow = new()
    {
        Iterations = 20, Seed = 3, UncontrolledConcurrency = UncontrolledConcurrencyMode.Allow, WatchdogTimeout = TimeSpan.FromMinutes(1),
    };

    [Fact]
    public void A_real_thread_that_completes_what_controlled_code_awaits_is_waited_for()
    {
        var result = ConcurrencyTest.Explore(() => AwaitRealThread(expected: 7), Allow);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_bug_after_uncontrolled_work_is_found_and_says_the_run_was_only_partly_controlled()
    {
        var result = ConcurrencyTest.Explore(() => AwaitRealThread(expected: 8), Allow with { Shrink = false });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("the value the thread produced", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("The run was only partly controlled (\"UncontrolledConcurrency\": \"allow\")", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Contains("may not replay", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replay_of_a_partly_controlled_run_that_diverges_says_the_run_was_only_partly_controlled()
    {
        var found = ConcurrencyTest.Explore(() => AwaitRealThread(expected: 8), Allow with { Shrink = false });

        // The same program with one more scheduling point after the uncontrolled work: the recording runs out.
        var replayed = ConcurrencyTest.Replay(() => AwaitRealThread(expected: 8, yieldAfter: true), found.Schedule!, Allow);

        Assert.NotNull(replayed.ReplayProblem);
        Assert.Contains("The run was only partly controlled", replayed.ReplayProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_run_work_is_tolerated_under_allow_and_reported_under_report()
    {
        static async Task Body()
        {
            int value = await Task.Run(() => 3);
            Invariant.Assert(value == 3, "Task.Run's result");
        }

        Assert.Null(ConcurrencyTest.Explore(Body, Allow).Bug);
        Assert.Equal(BugKind.UncontrolledConcurrency, ConcurrencyTest.Explore(Body, Allow with { UncontrolledConcurrency = UncontrolledConcurrencyMode.Report }).Bug?.Kind);
    }

    [Fact]
    public void A_custom_task_scheduler_is_tolerated_under_allow()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var pair = new ConcurrentExclusiveSchedulerPair();
            int value = await Harness.Interception.TaskFactoryCalls.StartNew(Task.Factory, () => 4, CancellationToken.None, TaskCreationOptions.None, pair.ExclusiveScheduler, "Pair.cs:3");
            Invariant.Assert(value == 4, "the pair's result");
        }, Allow);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_real_deadlock_is_still_a_deadlock_after_the_bounded_wait()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var never = new TaskCompletionSource();
            await never.Task;
        }, Allow with { Iterations = 1, Shrink = false, WatchdogTimeout = TimeSpan.FromMilliseconds(200) });

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.DoesNotContain("partly controlled", result.Bug!.Summary, StringComparison.Ordinal);
    }

    private static async Task AwaitRealThread(int expected, bool yieldAfter = false)
    {
        var produced = new TaskCompletionSource<int>();
        using var release = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            release.Wait();
            produced.SetResult(7);
        });
        thread.Start();

        // The continuation is registered before the thread may finish, so the thread always posts it from outside.
        var consumed = Consume(produced.Task);
        release.Set();
        int value = await consumed;
        if (yieldAfter)
        {
            await Controlled.Yield();
        }

        Invariant.Assert(value == expected, "the value the thread produced");

        static async Task<int> Consume(Task<int> value) => await value;
    }
}
