using Mono.Cecil;

namespace Harness.Rewriter.Tests.Redirects;

public sealed class ThreadRedirectTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    [Theory]
    [InlineData("StartAndJoin", "ThreadCalls::Create")]
    [InlineData("StartAndJoin", "ThreadCalls::Start")]
    [InlineData("StartAndJoin", "ThreadCalls::Join")]
    [InlineData("StartWithArgument", "ThreadCalls::Create")]
    [InlineData("StartWithArgument", "ThreadCalls::UnsafeStart")]
    [InlineData("StartWithArgument", "ThreadCalls::Join")]
    [InlineData("Inspect", "ThreadCalls::Create")]
    [InlineData("Inspect", "ThreadCalls::IsAlive")]
    [InlineData("Inspect", "ThreadCalls::ThreadState")]
    [InlineData("Inspect", "ThreadCalls::Interrupt")]
    public void Each_thread_call_goes_to_its_harness_target(string method, string target)
    {
        var calls = Calls(method);

        Assert.Contains(calls, call => call.DeclaringType.Name + "::" + call.Name == target);
    }

    [Fact]
    public void No_thread_call_the_model_answers_is_left_to_the_bcl()
    {
        var left = new[] { "StartAndJoin", "StartWithArgument", "Inspect" }
            .SelectMany(Calls)
            .Where(call => call.DeclaringType.FullName == "System.Threading.Thread" && call.Name is not ("set_IsBackground"))
            .Select(call => call.Name);

        Assert.Empty(left);
    }

    private List<MethodReference> Calls(string method) =>
        fixture.Calls("ThreadShapes")
            .Where(call => call.Method.Name == method)
            .Select(call => (MethodReference)call.Call.Operand)
            .ToList();
}
