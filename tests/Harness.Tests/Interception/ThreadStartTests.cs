using Harness.Interception;

namespace Harness.Tests.Interception;

public sealed class ThreadStartTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = 2, Iterations = 2000 };

    [Fact]
    public void A_started_thread_runs_its_body_as_an_operation_and_join_returns_when_it_ended()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                int x = 0;
                var thread = ThreadCalls.Create(() => x++, "Worker.cs:1");
                outcomes.Add(ThreadCalls.ThreadState(thread, "Worker.cs:2"));
                ThreadCalls.Start(thread, "Worker.cs:3");
                await Task.Yield();
                ThreadCalls.Join(thread, "Worker.cs:5");
                outcomes.Add(x);
                outcomes.Add(ThreadCalls.IsAlive(thread, "Worker.cs:7"));
                outcomes.Add(ThreadCalls.ThreadState(thread, "Worker.cs:8"));
                outcomes.Add(ThreadCalls.Join(thread, 0, "Worker.cs:9"));
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([ThreadState.Unstarted, 1, false, ThreadState.Stopped, true], outcomes);
    }

    [Fact]
    public void A_named_thread_is_named_after_its_name_and_a_parameterized_body_gets_its_argument()
    {
        object? received = null;
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var thread = ThreadCalls.Create(argument => received = argument, "Worker.cs:1");
                thread.Name = "pump";
                ThreadCalls.Start(thread, 42, "Worker.cs:3");
                ThreadCalls.Join(thread, "Worker.cs:4");
                var unnamed = ThreadCalls.Create(() => { }, "Worker.cs:5");
                ThreadCalls.Start(unnamed, "Worker.cs:6");
                ThreadCalls.Join(unnamed, "Worker.cs:7");
                Invariant.Assert(false, "stop for the trace");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(42, received);
        Assert.Contains(result.Trace, line => line.Contains(" pump ", StringComparison.Ordinal) && line.Contains("starts (spawned at Worker.cs:3)", StringComparison.Ordinal));
        Assert.Contains(result.Trace, line => line.Contains(" thread at Worker.cs:6 ", StringComparison.Ordinal) && line.Contains("starts (spawned at Worker.cs:6)", StringComparison.Ordinal));
    }

    [Fact]
    public void Inside_a_thread_body_the_current_thread_is_the_started_thread_and_outside_it_is_not()
    {
        var outcomes = new List<object?>();
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var thread = ThreadCalls.Create(() => outcomes.Add(ThreadCalls.CurrentThread("Worker.cs:1")), "Worker.cs:1");
                thread.Name = "pump";
                ThreadCalls.Start(thread, "Worker.cs:3");
                ThreadCalls.Join(thread, "Worker.cs:4");
                outcomes.Add(ThreadCalls.CurrentThread("Worker.cs:5") == thread);
                outcomes.Add(ThreadCalls.CurrentThread("Worker.cs:6") == Thread.CurrentThread);
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal("pump", Assert.IsType<Thread>(outcomes[0]).Name);
        Assert.Equal([false, true], outcomes.Skip(1));
    }

    [Fact]
    public void A_lost_update_between_a_thread_and_the_test_is_found()
    {
        var result = ConcurrencyTest.Explore(() => Increments(locked: false), Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void The_same_updates_under_a_lock_are_clean()
    {
        var result = ConcurrencyTest.Explore(() => Increments(locked: true), Exhaustive);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Join_with_a_timeout_returns_false_on_the_virtual_clock_and_true_once_the_thread_ended()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var thread = ThreadCalls.Create(() => ThreadCalls.Sleep(TimeSpan.FromSeconds(5), "Worker.cs:1"), "Worker.cs:1");
                thread.IsBackground = true;
                ThreadCalls.Start(thread, "Worker.cs:3");
                var start = Controlled.Time.GetUtcNow();
                outcomes.Add(ThreadCalls.Join(thread, TimeSpan.FromSeconds(1), "Worker.cs:5"));
                outcomes.Add(Controlled.Time.GetUtcNow() - start);
                outcomes.Add(ThreadCalls.IsAlive(thread, "Worker.cs:7"));
                outcomes.Add(ThreadCalls.ThreadState(thread, "Worker.cs:8"));
                outcomes.Add(ThreadCalls.Join(thread, 10_000, "Worker.cs:9"));
                outcomes.Add(Controlled.Time.GetUtcNow() - start);
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([false, TimeSpan.FromSeconds(1), true, ThreadState.Background | ThreadState.WaitSleepJoin, true, TimeSpan.FromSeconds(5)], outcomes);
    }

    [Fact]
    public void An_exception_escaping_a_thread_body_is_a_bug_at_that_step_naming_the_thread()
    {
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var thread = ThreadCalls.Create(() => throw new InvalidOperationException("queue drained twice"), "Worker.cs:1");
                thread.Name = "drainer";
                ThreadCalls.Start(thread, "Worker.cs:3");
                ThreadCalls.Join(thread, "Worker.cs:4");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("in 'drainer' InvalidOperationException was thrown", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("escaped a thread's body", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thread_still_blocked_when_the_test_returns_is_a_leak_that_says_to_join_it()
    {
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var never = new ManualResetEventSlim();
                var thread = ThreadCalls.Create(() => ManualResetEventSlimCalls.Wait(never, "Worker.cs:2"), "Worker.cs:2");
                thread.Name = "listener";
                ThreadCalls.Start(thread, "Worker.cs:4");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.LeakedTask, result.Bug?.Kind);
        Assert.Contains("listener", result.Bug!.Operations);
        Assert.Contains("Join every Thread you start", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Joining_a_thread_that_waits_for_a_signal_given_only_after_the_join_is_a_deadlock()
    {
        var result = ConcurrencyTest.Explore(
            () =>
            {
                using var go = new ManualResetEventSlim();
                var worker = ThreadCalls.Create(() => ManualResetEventSlimCalls.Wait(go, "Handshake.cs:3"), "Handshake.cs:3");
                ThreadCalls.Start(worker, "Handshake.cs:4");
                ThreadCalls.Join(worker, "Handshake.cs:5");
                go.Set();
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("'test' waits at Handshake.cs:5 for thread 'thread at Handshake.cs:4' that never ends", result.Bug!.Summary, StringComparison.Ordinal);
    }

    private static Task Increments(bool locked)
    {
        var gate = new object();
        int counter = 0;
        void Increment()
        {
            if (locked)
            {
                MonitorCalls.Enter(gate, "Counter.cs:5");
            }

            int read = counter;
            Controlled.Interleave();
            counter = read + 1;
            if (locked)
            {
                MonitorCalls.Exit(gate, "Counter.cs:12");
            }
        }

        var thread = ThreadCalls.Create(Increment, "Counter.cs:16");
        ThreadCalls.Start(thread, "Counter.cs:17");
        Increment();
        ThreadCalls.Join(thread, "Counter.cs:19");
        Assert.Equal(2, counter);
        return Task.CompletedTask;
    }
}
