using Harness.Interception;

namespace Harness.Tests.Interception;

/// <summary>
/// ContinueWith, ContinueWhenAll and ContinueWhenAny as the rewriter redirects them: .NET's own continuation on the
/// controlled scheduler, with the options' measured .NET 10 behaviour, and an operation of its own once queued.
/// </summary>
public sealed class ContinueWithTests
{
    private static readonly ExplorationOptions Some = new() { Iterations = 100, Seed = 11 };

    [Fact]
    public void A_continuation_is_an_operation_of_its_own_once_its_antecedent_completes()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            var antecedent = Controlled.Run(async () => await Controlled.Yield(), "antecedent");
            int value = await TaskCalls.ContinueWith(antecedent, _ => 42, "Orders.cs:8");
            Invariant.Assert(value != 42, "stop for the trace");
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains(result.Trace, line => line.Contains("ContinueWith at Orders.cs:8  starts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_continuation_that_reads_what_a_sibling_writes_is_found_racing_it()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            int stock = 0;
            var restock = Controlled.Run(async () => { await Controlled.Yield(); stock = 5; }, "restock");
            var audit = Controlled.Run(async () => await Controlled.Yield(), "audit");
            var report = TaskCalls.ContinueWith(audit, _ => stock, "Orders.cs:18");
            Invariant.Assert(await report == 5, "the report sees the restock");
            await restock;
        }, Some);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void A_continuation_of_both_with_ContinueWhenAll_sees_the_restock_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            int stock = 0;
            var restock = Controlled.Run(async () => { await Controlled.Yield(); stock = 5; }, "restock");
            var audit = Controlled.Run(async () => await Controlled.Yield(), "audit");
            var report = TaskFactoryCalls.ContinueWhenAll<int>(Task.Factory, [restock, audit], _ => stock, "Orders.cs:28");
            Invariant.Assert(await report == 5, "the report sees the restock");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void ContinueWhenAny_that_assumes_which_task_wins_is_found_and_the_one_that_checks_is_clean()
    {
        static Func<Task> Race(bool assumeFirst) => async () =>
        {
            await Controlled.Yield();
            var fast = Controlled.Run(async () => await Controlled.Yield(), "fast");
            var slow = Controlled.Run(async () => await Controlled.Yield(), "slow");
            var winner = await TaskFactoryCalls.ContinueWhenAny<Task>(Task.Factory, [fast, slow], won => won, "Race.cs:5");
            Invariant.Assert(assumeFirst ? winner == fast : winner == fast || winner == slow, "the winner is as assumed");
            await Task.WhenAll(fast, slow);
        };

        Assert.Equal(BugKind.AssertionFailure, ConcurrencyTest.Explore(Race(assumeFirst: true), Some).Bug?.Kind);
        Assert.Null(ConcurrencyTest.Explore(Race(assumeFirst: false), Some).Bug);
    }

    [Fact]
    public void Continuation_options_cancel_and_run_as_measured_on_dotnet()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            var faulted = Task.FromException(new InvalidOperationException("no"));
            var onlyOnSuccess = TaskCalls.ContinueWith(faulted, _ => { }, TaskContinuationOptions.OnlyOnRanToCompletion, "Options.cs:1");
            var onlyOnFault = TaskCalls.ContinueWith(faulted, t => t.Exception!.InnerException!.Message, TaskContinuationOptions.OnlyOnFaulted, "Options.cs:2");
            Invariant.Assert(onlyOnSuccess.IsCanceled, $"OnlyOnRanToCompletion after a fault is Canceled ({onlyOnSuccess.Status})");
            Invariant.Assert(await onlyOnFault == "no", "OnlyOnFaulted runs");

            var gate = new TaskCompletionSource();
            using var cancel = new CancellationTokenSource();
            var lazy = TaskCalls.ContinueWith(gate.Task, _ => { }, cancel.Token, TaskContinuationOptions.LazyCancellation, TaskScheduler.Default, "Options.cs:3");
            var eager = TaskCalls.ContinueWith(gate.Task, _ => { }, cancel.Token, TaskContinuationOptions.None, TaskScheduler.Default, "Options.cs:4");
            cancel.Cancel(); // CancelAsync would run the callbacks on the thread pool
            Invariant.Assert(eager.IsCanceled && !lazy.IsCompleted, $"LazyCancellation waits for the antecedent ({eager.Status}, {lazy.Status})");
            gate.SetResult();
            await Task.WhenAny(lazy);
            Invariant.Assert(lazy.IsCanceled, $"then it is Canceled ({lazy.Status})");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void An_ExecuteSynchronously_continuation_runs_inside_the_step_that_completes_its_antecedent()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            var gate = new TaskCompletionSource(TaskCreationOptions.None);
            bool ran = false;
            var continuation = TaskCalls.ContinueWith(gate.Task, _ => { ran = true; }, TaskContinuationOptions.ExecuteSynchronously, "Inline.cs:3");
            gate.SetResult();
            Invariant.Assert(ran && continuation.IsCompletedSuccessfully, "ran inline, before SetResult returned");
            await continuation;
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_continuation_given_TaskScheduler_Current_or_Default_stays_controlled()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            var first = Controlled.Run(async () => await Controlled.Yield(), "first");
            var viaCurrent = TaskCalls.ContinueWith(first, _ => 1, TaskScheduler.Current, "Schedulers.cs:4");
            var viaDefault = TaskCalls.ContinueWith(first, (_, state) => (int)state!, 2, CancellationToken.None, TaskContinuationOptions.RunContinuationsAsynchronously, TaskScheduler.Default, "Schedulers.cs:5");
            Invariant.Assert(await viaCurrent + await viaDefault == 3, "both ran");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public async Task Outside_a_run_ContinueWith_is_the_task_call()
    {
        var continuation = TaskCalls.ContinueWith(Task.FromResult(20), t => t.Result + 1, "Outside.cs:1");

        Assert.Equal(21, await continuation);
    }
}
