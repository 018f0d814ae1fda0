using System.Reflection;

namespace Harness.Rewriter.Tests.Rewriting;

/// <summary>Plain Task.Run and Monitor code, rewritten, behaves under the harness as .NET makes it behave.</summary>
public sealed class RewrittenSemanticsTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    [Fact]
    public void Rewritten_Task_Run_of_an_action_returns_the_task_that_runs_it()
    {
        var assembly = RewrittenFixture.Load(fixture.Rewritten, out var context);
        try
        {
            var semantics = assembly.GetType("Fixture.DotnetSemantics")!;
            var result = ConcurrencyTest.Explore(
                async () => Invariant.Assert(await Invoke<Task<bool>>(semantics, "RunReturnsTheTaskThatRunsTheWork"), "Task.CurrentId inside is the returned task's Id"),
                new ExplorationOptions { Iterations = 10 });

            Assert.Null(result.Bug);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void A_rewritten_Monitor_Exit_after_an_await_throws_SynchronizationLockException_at_its_line()
    {
        var assembly = RewrittenFixture.Load(fixture.Rewritten, out var context);
        try
        {
            var semantics = assembly.GetType("Fixture.DotnetSemantics")!;
            var result = ConcurrencyTest.Explore(() => Invoke<Task>(semantics, "HoldLockAcrossAwait"), new ExplorationOptions { Iterations = 10 });

            Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
            Assert.Contains("SynchronizationLockException was thrown at DotnetSemantics.cs:20: Monitor.Exit on a lock taken at DotnetSemantics.cs:18 before an await", result.Bug!.Summary, StringComparison.Ordinal);
        }
        finally
        {
            context.Unload();
        }
    }

    private static T Invoke<T>(Type type, string method) =>
        (T)type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
}
