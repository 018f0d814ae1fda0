using Mono.Cecil;

namespace Harness.Rewriter.Tests.Redirects;

public sealed class BlockingRedirectTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    [Theory]
    [InlineData("WaitBoth", "BlockingTaskCalls::WaitAll")]
    [InlineData("WaitAllWithin", "BlockingTaskCalls::WaitAll")]
    [InlineData("WaitEither", "BlockingTaskCalls::WaitAny")]
    [InlineData("WaitSignal", "WaitHandleCalls::WaitOne")]
    [InlineData("WaitTurn", "WaitHandleCalls::WaitOne")]
    [InlineData("WaitAnySignal", "WaitHandleCalls::WaitAny")]
    [InlineData("WaitAllSignals", "WaitHandleCalls::WaitAll")]
    [InlineData("SpinTwice", "SpinWaitCalls::SpinOnce")]
    [InlineData("SpinFor", "SpinWaitCalls::SpinUntil")]
    [InlineData("Busy", "ThreadCalls::SpinWait")]
    [InlineData("TryLockWithin", "MonitorCalls::TryEnter")]
    [InlineData("TryLockWithin", "LockCalls::TryEnter")]
    public void Each_blocking_call_goes_to_its_harness_target(string method, string target)
    {
        var calls = fixture.Calls("BlockingShapes")
            .Where(call => call.Method.Name == method)
            .Select(call => (MethodReference)call.Call.Operand)
            .ToList();

        Assert.Contains(calls, call => call.DeclaringType.Name + "::" + call.Name == target);
        string redirected = target[(target.IndexOf(':', StringComparison.Ordinal) + 2)..];
        Assert.DoesNotContain(calls, call => call.DeclaringType.Namespace == "System.Threading.Tasks" || (call.DeclaringType.Namespace == "System.Threading" && call.Name == redirected));
    }

    [Theory]
    [InlineData("InvokeBoth", "Invoke")]
    [InlineData("InvokeWithOptions", "Invoke")]
    [InlineData("ForEachIndex", "For")]
    [InlineData("ForLongWithOptions", "For")]
    [InlineData("ForEachItem", "ForEach")]
    [InlineData("ForEachItemWithOptions", "ForEach")]
    public void Each_parallel_call_without_loop_state_goes_to_parallel_calls(string method, string target)
    {
        var calls = ParallelCalls(method);

        Assert.Contains(calls, call => call.DeclaringType.Name == "ParallelCalls" && call.Name == target);
        Assert.DoesNotContain(calls, call => call.DeclaringType.FullName == "System.Threading.Tasks.Parallel");
    }

    [Fact]
    public void A_parallel_loop_with_loop_state_stays_with_the_bcl_because_break_and_stop_are_not_modelled()
    {
        var calls = ParallelCalls("ForWithBreak");

        Assert.Contains(calls, call => call.DeclaringType.FullName == "System.Threading.Tasks.Parallel" && call.Name == "For");
        Assert.DoesNotContain(calls, call => call.DeclaringType.Name == "ParallelCalls");
    }

    private List<MethodReference> ParallelCalls(string method) =>
        fixture.Calls("ParallelShapes")
            .Where(call => call.Method.Name == method)
            .Select(call => (MethodReference)call.Call.Operand)
            .ToList();
}
