using System.Reflection;

namespace Harness.Rewriter.Tests.Rewriting;

/// <summary>The same fixture method, unrewritten and rewritten, inside and outside a harness run.</summary>
public sealed class RewrittenBehaviourTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    [Fact]
    public void Unrewritten_Task_Run_escapes_and_the_report_names_the_coyote_json_setting_that_fixes_it()
    {
        var result = ConcurrencyTest.Explore(() => Fixture.CallShapes.GenericRunOfValue(), new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.Contains("Fix: add \"Harness.Rewriter.Tests.Fixture\" to \"Assemblies\" in coyote.json", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewritten_Task_Run_becomes_a_controlled_operation_named_after_its_site()
    {
        var assembly = RewrittenFixture.Load(fixture.Rewritten, out var context);
        try
        {
            var shapes = assembly.GetType("Fixture.CallShapes")!;
            var result = ConcurrencyTest.Explore(
                async () =>
                {
                    int value = await Invoke<Task<int>>(shapes, "GenericRunOfValue");
                    int delayed = await Invoke<Task<int>>(shapes, "AsyncWithDelayAndConfigureAwait");
                    Invariant.Assert(value == 42 && delayed == 5, "the rewritten methods return what the originals return");
                    Invariant.Assert(false, "stop here to get a trace");
                },
                new ExplorationOptions { Iterations = 1 });

            Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
            Assert.Contains("stop here", result.Bug!.Summary, StringComparison.Ordinal);
            Assert.Contains(result.Trace, line => line.Contains("Task.Run at CallShapes.cs:6", StringComparison.Ordinal) && line.Contains("starts (spawned at CallShapes.cs:6)", StringComparison.Ordinal));
            Assert.Contains(result.Trace, line => line.Contains("00:00:00.010", StringComparison.Ordinal));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public async Task Outside_a_harness_run_the_rewritten_methods_are_the_BCL_calls()
    {
        var assembly = RewrittenFixture.Load(fixture.Rewritten, out var context);
        try
        {
            var shapes = assembly.GetType("Fixture.CallShapes")!;

            Assert.Equal(42, await Invoke<Task<int>>(shapes, "GenericRunOfValue"));
            Assert.Equal(7, await Invoke<Task<int>>(shapes, "GenericRunOfTask"));
            Assert.Equal(3, await Invoke<Task<int>>(shapes, "StartNewOfValue"));
            Assert.Equal(11, await Invoke<Task<int>>(shapes, "MethodGroupOfValue"));
            Assert.Equal(5, await Invoke<Task<int>>(shapes, "AsyncWithDelayAndConfigureAwait"));
            await Invoke<Func<int, Task>>(shapes, "DelayAsMethodGroup")(0);
            using var source = Invoke<CancellationTokenSource>(shapes, "TimeoutSource");
            Assert.False(source.IsCancellationRequested);
        }
        finally
        {
            context.Unload();
        }
    }

    private static T Invoke<T>(Type type, string method) =>
        (T)type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
}
