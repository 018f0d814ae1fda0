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
}
