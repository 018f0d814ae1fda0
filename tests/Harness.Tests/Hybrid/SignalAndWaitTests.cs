using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class SignalAndWaitTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = 3, Iterations = 2000 };

    [Fact]
    public void Two_sides_that_wait_before_they_signal_deadlock()
    {
        var result = ConcurrencyTest.Explore(() => PingPong(signalFirst: false), Exhaustive);

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("a AutoResetEvent nobody signals", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sides_that_signal_and_wait_in_one_call_take_turns_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(() => PingPong(signalFirst: true), Exhaustive);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Signal_and_wait_returns_what_dotnet_returns_with_virtual_timeouts()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            () => Controlled.Run(() =>
            {
                using var signal = new AutoResetEvent(false);
                using var unset = new ManualResetEvent(false);
                using var set = new ManualResetEvent(true);
                var start = Controlled.Time.GetUtcNow();
                outcomes.Add(WaitHandleCalls.SignalAndWait(signal, set, "Turn.cs:5"));
                outcomes.Add(WaitHandleCalls.SignalAndWait(signal, unset, 2000, false, "Turn.cs:6"));
                outcomes.Add(WaitHandleCalls.SignalAndWait(signal, unset, TimeSpan.Zero, false, "Turn.cs:7"));
                outcomes.Add(Controlled.Time.GetUtcNow() - start);
                outcomes.Add(WaitHandleCalls.WaitOne(signal, 0, "Turn.cs:9"));
                return Task.CompletedTask;
            }),
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([true, false, false, TimeSpan.FromSeconds(2), true], outcomes);
    }

    [Fact]
    public void Signal_and_wait_throws_what_dotnet_throws_for_a_full_semaphore_an_unowned_mutex_and_null()
    {
        var expected = Throws(() =>
        {
            using var full = new Semaphore(1, 1);
            using var mutex = new Mutex();
            using var set = new ManualResetEvent(true);
            return [
                Record.Exception(() => WaitHandle.SignalAndWait(full, set)),
                Record.Exception(() => WaitHandle.SignalAndWait(mutex, set)),
                Record.Exception(() => WaitHandle.SignalAndWait(null!, set)),
            ];
        });
        List<string> controlled = [];
        var result = ConcurrencyTest.Explore(
            () => Controlled.Run(() =>
            {
                using var full = new Semaphore(1, 1);
                using var mutex = MutexCalls.Create("Turn.cs:2");
                using var set = new ManualResetEvent(true);
                controlled = Throws(() => [
                    Record.Exception(() => WaitHandleCalls.SignalAndWait(full, set, "Turn.cs:5")),
                    Record.Exception(() => WaitHandleCalls.SignalAndWait(mutex, set, "Turn.cs:6")),
                    Record.Exception(() => WaitHandleCalls.SignalAndWait(null!, set, "Turn.cs:7")),
                ]);
                return Task.CompletedTask;
            }),
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(expected, controlled);
    }

    private static List<string> Throws(Func<Exception?[]> calls) =>
        [.. calls().Select(e => e is null ? "none" : $"{e.GetType().Name}: {e.Message}")];

    private static async Task PingPong(bool signalFirst)
    {
        using var ping = new AutoResetEvent(false);
        using var pong = new AutoResetEvent(false);
        int turns = 0;
        var left = Controlled.Run(() =>
        {
            if (signalFirst)
            {
                WaitHandleCalls.SignalAndWait(ping, pong, "Turn.cs:8");
            }
            else
            {
                WaitHandleCalls.WaitOne(pong, "Turn.cs:12");
                ping.Set();
            }

            turns++;
            return Task.CompletedTask;
        }, "left");
        var right = Controlled.Run(() =>
        {
            WaitHandleCalls.WaitOne(ping, "Turn.cs:20");
            turns++;
            pong.Set();
            return Task.CompletedTask;
        }, "right");
        await Task.WhenAll(left, right);
        Invariant.Assert(turns == 2, "both sides took their turn");
    }
}
