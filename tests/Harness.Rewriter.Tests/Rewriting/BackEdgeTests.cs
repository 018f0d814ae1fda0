using System.Reflection;
using Mono.Cecil.Cil;

namespace Harness.Rewriter.Tests.Rewriting;

/// <summary>Rewritten loops check on every turn whether the watchdog gave up on their iteration.</summary>
public sealed class BackEdgeTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    [Fact]
    public void Every_loop_gets_the_check_before_its_backward_branch()
    {
        var method = fixture.Module.GetType("Fixture.Loops").Methods.Single(m => m.Name == "SumTo");
        var checks = method.Body.Instructions.Where(i => i.OpCode.Code == Code.Call && i.Operand.ToString()!.Contains("LoopCalls::BackEdge", StringComparison.Ordinal)).ToList();

        var check = Assert.Single(checks);
        Assert.True(check.Next.OpCode.FlowControl == FlowControl.Cond_Branch, $"followed by {check.Next}");
        Assert.True(fixture.Result.BackEdges >= 2, $"{fixture.Result.BackEdges} back-edges");
    }

    [Fact]
    public void A_rewritten_loop_computes_what_the_original_computes()
    {
        var assembly = RewrittenFixture.Load(fixture.Rewritten, out var context);
        try
        {
            var sum = assembly.GetType("Fixture.Loops")!.GetMethod("SumTo")!;
            Assert.Equal(5050, (int)sum.Invoke(null, [100])!);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void A_spinning_rewritten_loop_stops_once_the_watchdog_abandons_its_iteration()
    {
        var assembly = RewrittenFixture.Load(fixture.Rewritten, out var context);
        try
        {
            var spin = assembly.GetType("Fixture.Loops")!.GetMethod("SpinForever")!;

            // Each run that reaches the loop (the exploring run, the traced re-run) spins until stopped. On a loaded
            // machine the 20 ms watchdog may also abandon a run before it reaches the loop, so count what started.
            int spinning = 0, stopped = 0;
            var result = ConcurrencyTest.Explore(
                async () =>
                {
                    await Controlled.Yield();
                    Interlocked.Increment(ref spinning);
                    try
                    {
                        spin.Invoke(null, null);
                    }
                    catch (TargetInvocationException)
                    {
                        Interlocked.Increment(ref stopped);
                        throw;
                    }
                },
                new ExplorationOptions { WatchdogTimeout = TimeSpan.FromMilliseconds(20) });

            Assert.Equal(BugKind.BlockingWait, result.Bug?.Kind);
            Assert.True(Volatile.Read(ref spinning) > 0, "no run reached the loop");
            Assert.True(
                SpinWait.SpinUntil(() => Volatile.Read(ref stopped) == Volatile.Read(ref spinning), TimeSpan.FromMinutes(2)),
                $"a rewritten loop kept spinning after its iteration was abandoned ({stopped} of {spinning} stopped)");
        }
        finally
        {
            context.Unload();
        }
    }
}
