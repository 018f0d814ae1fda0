using Harness.Interception;

namespace Harness.Tests.Interception;

/// <summary>The modelled Thread calls throw what .NET 10 throws, compared call by call with real threads.</summary>
public sealed class ThreadStartSemanticsTests
{
    [Fact]
    public void Misused_threads_throw_the_exceptions_and_messages_dotnet_throws()
    {
        var expected = Outcomes(real: true);
        List<string>? modelled = null;
        var result = ConcurrencyTest.Explore(
            () =>
            {
                modelled = Outcomes(real: false);
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(expected, modelled);
    }

    [Fact]
    public void A_thread_created_by_code_not_rewritten_and_started_in_a_run_is_reported_at_once_with_the_fix()
    {
        var result = ConcurrencyTest.Explore(
            () =>
            {
                ThreadCalls.Start(new Thread(() => { }), "Worker.cs:1");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("Thread.Start at Worker.cs:1 starts a thread created by code the build does not rewrite", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("Fix: create the thread in an assembly named in \"Assemblies\"", result.Bug.Summary + result.Bug.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Interrupting_a_thread_started_in_a_run_is_reported_at_once_with_the_fix()
    {
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var thread = ThreadCalls.Create(() => { }, "Worker.cs:1");
                ThreadCalls.Start(thread, "Worker.cs:2");
                ThreadCalls.Interrupt(thread, "Worker.cs:3");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("Thread.Interrupt at Worker.cs:3", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_run_the_targets_start_and_join_a_real_thread()
    {
        int ran = 0;
        var thread = ThreadCalls.Create(() => ran++, "Worker.cs:1");
        ThreadCalls.Start(thread, "Worker.cs:2");
        ThreadCalls.Join(thread, "Worker.cs:3");

        Assert.Equal(1, ran);
        Assert.False(ThreadCalls.IsAlive(thread, "Worker.cs:5"));
        Assert.Equal(ThreadState.Stopped, ThreadCalls.ThreadState(thread, "Worker.cs:6"));
    }

    // Each misuse in .NET's order, recorded as "Type: message [parameter]"; real threads are started for real.
    private static List<string> Outcomes(bool real)
    {
        var outcomes = new List<string>();
        void Record(Action call)
        {
            var thrown = global::Xunit.Record.Exception(call);
            outcomes.Add(thrown is null ? "ok" : $"{thrown.GetType().Name}: {thrown.Message} [{(thrown as ArgumentException)?.ParamName}]");
        }

        Thread Create(ThreadStart start) => real ? new Thread(start) : ThreadCalls.Create(start, "Misuse.cs:1");
        var thread = Create(() => { });
        Record(() => ThreadCalls.Join(thread, "Misuse.cs:2"));
        Record(() => ThreadCalls.Join(thread, 0, "Misuse.cs:3"));
        Record(() => ThreadCalls.Start(thread, 1, "Misuse.cs:4"));
        Record(() => ThreadCalls.UnsafeStart(thread, 1, "Misuse.cs:5"));
        Record(() => ThreadCalls.Start(thread, "Misuse.cs:6"));
        Record(() => ThreadCalls.Join(thread, -2, "Misuse.cs:7"));
        Record(() => ThreadCalls.Join(thread, TimeSpan.FromMilliseconds(-2), "Misuse.cs:8"));
        Record(() => ThreadCalls.Join(thread, TimeSpan.FromMilliseconds((double)int.MaxValue + 1), "Misuse.cs:9"));
        Record(() => ThreadCalls.Join(thread, "Misuse.cs:10"));
        Record(() => ThreadCalls.Start(thread, "Misuse.cs:11"));
        Record(() => ThreadCalls.Start(thread, 1, "Misuse.cs:12"));
        Record(() => ThreadCalls.Create((ThreadStart)null!, "Misuse.cs:13"));
        Record(() => ThreadCalls.Create(_ => { }, -1, "Misuse.cs:14"));
        return outcomes;
    }
}
