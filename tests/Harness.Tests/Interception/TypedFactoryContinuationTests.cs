using Harness.Interception;

namespace Harness.Tests.Interception;

/// <summary>
/// <c>Task&lt;T&gt;.Factory.ContinueWhenAll/ContinueWhenAny</c> as the rewriter redirects them: .NET's own call with the
/// controlled scheduler, so the continuation is an operation of its own and the typed factory's defaults apply.
/// </summary>
public sealed class TypedFactoryContinuationTests
{
    private static readonly ExplorationOptions Some = new() { Iterations = 100, Seed = 11 };

    [Fact]
    public void A_typed_ContinueWhenAll_is_an_operation_named_after_its_call()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            var first = Controlled.Run(async () => { await Controlled.Yield(); return 2; }, "first");
            var second = Controlled.Run(async () => { await Controlled.Yield(); return 3; }, "second");
            int sum = await TaskFactoryCalls.ContinueWhenAll(Task<int>.Factory, new[] { first, second }, done => done.Sum(t => t.Result), "Sum.cs:7");
            Invariant.Assert(sum != 5, "stop for the trace");
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains(result.Trace, line => line.Contains("ContinueWhenAll at Sum.cs:7  starts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_typed_continuation_after_one_writer_only_is_found_reading_too_early()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            int stock = 0;
            var restock = Controlled.Run(async () => { await Controlled.Yield(); stock = 5; }, "restock");
            var audit = Controlled.Run(async () => await Controlled.Yield(), "audit");
            var report = TaskFactoryCalls.ContinueWhenAll(new TaskFactory<int>(), [audit], _ => stock, "Stock.cs:9");
            Invariant.Assert(await report == 5, "the report sees the restock");
            await restock;
        }, Some);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void A_typed_continuation_after_both_writers_sees_the_restock_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            int stock = 0;
            var restock = Controlled.Run(async () => { await Controlled.Yield(); stock = 5; }, "restock");
            var audit = Controlled.Run(async () => await Controlled.Yield(), "audit");
            var report = TaskFactoryCalls.ContinueWhenAll(new TaskFactory<int>(), [restock, audit], _ => stock, "Stock.cs:19");
            Invariant.Assert(await report == 5, "the report sees the restock");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_typed_ContinueWhenAny_that_assumes_the_winner_is_found_and_the_one_that_checks_is_clean()
    {
        static Func<Task> Race(bool assumeFirst) => async () =>
        {
            await Controlled.Yield();
            var fast = Controlled.Run(async () => { await Controlled.Yield(); return "fast"; }, "fast");
            var slow = Controlled.Run(async () => { await Controlled.Yield(); return "slow"; }, "slow");
            string winner = await TaskFactoryCalls.ContinueWhenAny(Task<string>.Factory, new[] { fast, slow }, won => won.Result, "Race.cs:5");
            Invariant.Assert(assumeFirst ? winner == "fast" : winner is "fast" or "slow", "the winner is as assumed");
            await Task.WhenAll(fast, slow);
        };

        Assert.Equal(BugKind.AssertionFailure, ConcurrencyTest.Explore(Race(assumeFirst: true), Some).Bug?.Kind);
        Assert.Null(ConcurrencyTest.Explore(Race(assumeFirst: false), Some).Bug);
    }

    [Fact]
    public void The_typed_factory_token_and_options_apply_as_in_dotnet()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            using var cancel = new CancellationTokenSource();
            cancel.Cancel();
            var cancelled = new TaskFactory<int>(cancel.Token);
            var skipped = TaskFactoryCalls.ContinueWhenAll(cancelled, [Task.CompletedTask], _ => 1, "Factory.cs:3");
            Invariant.Assert(skipped.IsCanceled, $"the factory's cancelled token cancels the continuation ({skipped.Status})");

            var gate = new TaskCompletionSource();
            bool ran = false;
            var inline = TaskFactoryCalls.ContinueWhenAny(new TaskFactory<bool>(CancellationToken.None, TaskCreationOptions.None, TaskContinuationOptions.ExecuteSynchronously, null), [gate.Task], _ => ran = true, "Factory.cs:8");
            gate.SetResult();
            Invariant.Assert(ran && inline.IsCompletedSuccessfully, "the factory's ExecuteSynchronously runs it inside SetResult");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public async Task Outside_a_run_a_typed_ContinueWhenAll_is_the_factory_call()
    {
        int sum = await TaskFactoryCalls.ContinueWhenAll(Task<int>.Factory, [Task.FromResult(20), Task.FromResult(1)], done => done.Sum(t => t.Result), "Outside.cs:1");

        Assert.Equal(21, sum);
    }
}
