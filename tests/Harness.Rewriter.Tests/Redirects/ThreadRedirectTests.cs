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
    public void Thread_CurrentThread_goes_to_thread_calls()
    {
        var calls = fixture.Calls("CurrentThreadShapes").Select(call => (MethodReference)call.Call.Operand).ToList();

        Assert.Contains(calls, call => call.DeclaringType.Name == "ThreadCalls" && call.Name == "CurrentThread");
        Assert.DoesNotContain(calls, call => call.DeclaringType.Name == "Thread" && call.Name == "get_CurrentThread");
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

public sealed class BlockingCollectionRedirectTests(RewrittenFixture fixture) : IClassFixture<RewrittenFixture>
{
    [Theory]
    [InlineData("Add")]
    [InlineData("TryAdd")]
    [InlineData("Take")]
    [InlineData("TryTake")]
    [InlineData("GetConsumingEnumerable")]
    [InlineData("AddToAny")]
    [InlineData("TryAddToAny")]
    [InlineData("TakeFromAny")]
    [InlineData("TryTakeFromAny")]
    public void Each_call_that_can_block_goes_to_blocking_collection_calls(string target)
    {
        var calls = fixture.Calls("BlockingCollectionShapes")
            .Select(call => (MethodReference)call.Call.Operand)
            .ToList();

        Assert.Contains(calls, call => call.DeclaringType.Name == "BlockingCollectionCalls" && call.Name == target);
        Assert.DoesNotContain(calls, call => call.DeclaringType.Name == "BlockingCollection`1" && call.Name == target);
    }
}
