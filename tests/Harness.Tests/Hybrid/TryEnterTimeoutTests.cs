using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class TryEnterTimeoutTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 2000 };

    [Fact]
    public void Try_enter_with_a_timeout_waits_on_the_virtual_clock_for_a_lock_held_too_long()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var gate = new object();
                var lockObject = new Lock();
                MonitorCalls.Enter(gate, "Holder.cs:4");
                LockCalls.Enter(lockObject, "Holder.cs:5");
                var start = Controlled.Time.GetUtcNow();
                BlockingTaskCalls.Wait(Controlled.Run(() =>
                {
                    outcomes.Add(MonitorCalls.TryEnter(gate, 250, "Taker.cs:9"));
                    bool taken = false;
                    MonitorCalls.TryEnter(gate, TimeSpan.FromMilliseconds(250), ref taken, "Taker.cs:11");
                    outcomes.Add(taken);
                    outcomes.Add(LockCalls.TryEnter(lockObject, TimeSpan.FromSeconds(1), "Taker.cs:13"));
                    return Task.CompletedTask;
                }), "Holder.cs:15");
                outcomes.Add(Controlled.Time.GetUtcNow() - start);
                MonitorCalls.Exit(gate, "Holder.cs:17");
                LockCalls.Exit(lockObject, "Holder.cs:18");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([false, false, false, TimeSpan.FromMilliseconds(1500)], outcomes);
    }

    [Fact]
    public void Try_enter_with_a_timeout_takes_a_lock_released_in_time()
    {
        var result = ConcurrencyTest.Explore(() => Deposits(retryUntilTaken: true, holdFor: TimeSpan.FromMilliseconds(5)), Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void A_fallback_that_updates_without_the_lock_after_a_timeout_loses_an_update()
    {
        var result = ConcurrencyTest.Explore(() => Deposits(retryUntilTaken: false, holdFor: TimeSpan.FromMilliseconds(50)), Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("no deposit is lost", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Retrying_the_timed_try_enter_until_it_succeeds_is_clean()
    {
        var result = ConcurrencyTest.Explore(() => Deposits(retryUntilTaken: true, holdFor: TimeSpan.FromMilliseconds(50)), Exhaustive);

        Assert.Null(result.Bug);
        Assert.Equal(2000, result.Iterations);
    }

    [Fact]
    public void Invalid_arguments_throw_what_dotnet_throws()
    {
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var gate = new object();
                var tooSmall = Record.Exception(() => MonitorCalls.TryEnter(gate, -2, "Args.cs:4"));
                Invariant.Assert(tooSmall is ArgumentOutOfRangeException, "-2 is rejected");
                bool taken = true;
                var preset = Record.Exception(() => MonitorCalls.TryEnter(gate, 5, ref taken, "Args.cs:7"));
                Invariant.Assert(preset is ArgumentException { ParamName: "lockTaken" }, "lockTaken must start false");
                var lockTooSmall = Record.Exception(() => LockCalls.TryEnter(new Lock(), -2, "Args.cs:9"));
                Invariant.Assert(lockTooSmall is ArgumentOutOfRangeException { ParamName: "millisecondsTimeout" }, "-2 is rejected by Lock too");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
    }

    private static async Task Deposits(bool retryUntilTaken, TimeSpan holdFor)
    {
        var gate = new object();
        int balance = 0;
        var slow = Controlled.Run(() =>
        {
            MonitorCalls.Enter(gate, "Bank.cs:6");
            int read = balance;
            ThreadCalls.Sleep(holdFor, "Bank.cs:8");
            balance = read + 10;
            MonitorCalls.Exit(gate, "Bank.cs:10");
            return Task.CompletedTask;
        }, "slow");
        var quick = Controlled.Run(() =>
        {
            bool taken;
            while (!(taken = MonitorCalls.TryEnter(gate, TimeSpan.FromMilliseconds(10), "Bank.cs:16")) && retryUntilTaken)
            {
            }

            int read = balance;
            Controlled.Interleave();
            balance = read + 5;
            if (taken)
            {
                MonitorCalls.Exit(gate, "Bank.cs:25");
            }

            return Task.CompletedTask;
        }, "quick");
        await Task.WhenAll(slow, quick);
        Invariant.Assert(balance == 15, "no deposit is lost");
    }
}
