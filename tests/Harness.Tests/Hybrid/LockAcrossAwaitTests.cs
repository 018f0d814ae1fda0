using Harness.Interception;

namespace Harness.Tests.Hybrid;

/// <summary>
/// Lock ownership belongs to the thread, and after an await .NET may resume on any thread: releasing (or waiting on,
/// pulsing) a lock taken before an await throws SynchronizationLockException whenever it does. The harness runs
/// everything on its own threads, so it reports the misuse in every schedule instead of accepting it.
/// </summary>
public sealed class LockAcrossAwaitTests
{
    private static readonly ExplorationOptions Some = new() { Iterations = 50, Seed = 11 };

    [Fact]
    public void Monitor_Exit_after_an_await_throws_SynchronizationLockException_naming_where_the_lock_was_taken()
    {
        var gate = new object();
        var result = ConcurrencyTest.Explore(async () =>
        {
            MonitorCalls.Enter(gate, "Account.cs:12");
            await Controlled.Yield();
            MonitorCalls.Exit(gate, "Account.cs:14");
        }, Some);

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.IsType<SynchronizationLockException>(result.Bug!.Exception);
        Assert.StartsWith("in 'test' SynchronizationLockException was thrown at Account.cs:14: Monitor.Exit on a lock taken at Account.cs:12 before an await", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Contains("SemaphoreSlim", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    [Fact]
    public void The_misuse_is_reported_even_when_the_code_catches_the_exception()
    {
        var gate = new object();
        bool caught = false;
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Run(async () =>
            {
                MonitorCalls.Enter(gate, "Cache.cs:5");
                await Controlled.Yield();
                try
                {
                    MonitorCalls.Exit(gate, "Cache.cs:7");
                }
                catch (SynchronizationLockException)
                {
                    caught = true;
                }
            }, "refresh");
        }, Some);

        Assert.True(caught);
        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("in 'refresh' SynchronizationLockException was thrown at Cache.cs:7", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Monitor.Wait")]
    [InlineData("Monitor.Pulse")]
    [InlineData("Monitor.PulseAll")]
    public void Monitor_Wait_and_Pulse_after_an_await_are_reported_too(string call)
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var gate = new object();
            MonitorCalls.Enter(gate, "Gate.cs:1");
            await Controlled.Yield();
            _ = call switch
            {
                "Monitor.Wait" => MonitorCalls.Wait(gate, 0, "Gate.cs:3"),
                "Monitor.Pulse" => Do(() => MonitorCalls.Pulse(gate, "Gate.cs:3")),
                _ => Do(() => MonitorCalls.PulseAll(gate, "Gate.cs:3")),
            };
        }, Some);

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains($"thrown at Gate.cs:3: {call} on a lock taken at Gate.cs:1 before an await", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Lock_Exit_after_an_await_is_reported_too()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var gate = new Lock();
            LockCalls.Enter(gate, "Gate.cs:1");
            await Controlled.Yield();
            LockCalls.Exit(gate, "Gate.cs:3");
        }, Some);

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("thrown at Gate.cs:3: Lock.Exit on a lock taken at Gate.cs:1 before an await", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Locks_between_awaits_reentrancy_and_awaits_that_complete_at_once_are_never_flagged()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var gate = new object();
            int total = 0;
            async Task AddTwice()
            {
                bool taken = false;
                MonitorCalls.Enter(gate, ref taken, "Sum.cs:1");
                MonitorCalls.Enter(gate, "Sum.cs:2");
                total++;
                await Task.CompletedTask; // completes at once: .NET stays on the thread
                MonitorCalls.Exit(gate, "Sum.cs:3");
                MonitorCalls.Exit(gate, "Sum.cs:4");
                await Controlled.Yield();
                MonitorCalls.Enter(gate, "Sum.cs:5");
                Invariant.Assert(MonitorCalls.IsEntered(gate, "Sum.cs:6"), "held right after Enter");
                total++;
                MonitorCalls.Exit(gate, "Sum.cs:7");
                Invariant.Assert(!MonitorCalls.IsEntered(gate, "Sum.cs:8"), "released");
            }

            await Task.WhenAll(Controlled.Run(AddTwice), Controlled.Run(AddTwice));
            Invariant.Assert(total == 4, "every increment counted");
        }, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void Synchronous_lock_sections_that_park_on_hybrid_threads_and_Monitor_Wait_inside_a_lock_are_never_flagged()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var gate = new object();
            bool ready = false;
            var consumer = TaskCalls.Run(() =>
            {
                MonitorCalls.Enter(gate, "HandOff.cs:1");
                while (!ready)
                {
                    MonitorCalls.Wait(gate, "HandOff.cs:3");
                }

                Controlled.Interleave();
                MonitorCalls.Exit(gate, "HandOff.cs:5");
            }, "HandOff.cs:0");
            var producer = TaskCalls.Run(() =>
            {
                MonitorCalls.Enter(gate, "HandOff.cs:7");
                Controlled.Interleave();
                ready = true;
                MonitorCalls.Pulse(gate, "HandOff.cs:9");
                MonitorCalls.Exit(gate, "HandOff.cs:10");
            }, "HandOff.cs:6");
            await Task.WhenAll(consumer, producer);
        }, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    private static bool Do(Action action)
    {
        action();
        return true;
    }
}
