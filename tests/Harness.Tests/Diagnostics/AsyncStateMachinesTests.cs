using Harness.Diagnostics;
using static Harness.Tests.Diagnostics.AwaitLines;

namespace Harness.Tests.Diagnostics;

public sealed class AsyncStateMachinesTests
{
    private const string Me = nameof(AsyncStateMachinesTests);

    [Fact]
    public async Task A_posted_continuation_says_which_await_it_resumes_after()
    {
        var first = new CapturingAwaitable();
        var second = new CapturingAwaitable();
        var task = TwoCustomAwaitsAsync(first, second);
        try
        {
            AssertResumes(first.Continuation, $"{Me}.TwoCustomAwaitsAsync", 1, "custom#1");
            first.Resume();
            AssertResumes(second.Continuation, $"{Me}.TwoCustomAwaitsAsync", 2, "custom#2");

            // The harness may hold the delegate rather than its target: both work.
            AssertResumes(second.Continuation?.Target, $"{Me}.TwoCustomAwaitsAsync", 2, "custom#2");
        }
        finally
        {
            first.Resume();
            second.Resume();
        }

        await task;
    }

    [Fact]
    public async Task A_continuation_posted_to_a_synchronization_context_is_described_before_it_runs()
    {
        var context = new HoldingSynchronizationContext();
        var gate = new TaskCompletionSource();
        var task = context.Run(() => AwaitOnContextAsync(gate.Task));
        try
        {
            gate.SetResult();
            var (_, state) = Assert.Single(context.Posted);
            AssertResumes(state, $"{Me}.AwaitOnContextAsync", 1, nameof(AwaitOnContextAsync));
        }
        finally
        {
            gate.TrySetResult();
            context.RunPosted();
        }

        await task;
    }

    [Fact]
    public async Task A_yield_waiting_in_a_synchronization_context_is_named_and_describes_its_resumption()
    {
        var context = new HoldingSynchronizationContext();
        var task = context.Run(YieldAsync);
        try
        {
            Assert.Equal([Frame(0, $"{Me}.YieldAsync", 1, nameof(YieldAsync), "Task.Yield")], Show(AwaitChains.Describe(task)));
            var (_, state) = Assert.Single(context.Posted);
            AssertResumes(state, $"{Me}.YieldAsync", 1, nameof(YieldAsync));
        }
        finally
        {
            context.RunPosted();
        }

        await task;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a state machine")]
    public void A_target_that_is_not_a_state_machine_box_is_not_described(object? target)
    {
        Assert.False(AsyncStateMachines.TryDescribeResumption(target, out var method, out var awaitIndex, out var location));
        Assert.Equal(("", 0, null), (method, awaitIndex, location));
    }

    [Fact]
    public void A_plain_delegate_is_not_described()
    {
        Action plain = () => { };
        Assert.False(AsyncStateMachines.TryDescribeResumption(plain, out _, out _, out _));
    }

    private static void AssertResumes(object? target, string method, int awaitIndex, string key)
    {
        Assert.True(AsyncStateMachines.TryDescribeResumption(target, out var actualMethod, out var actualIndex, out var location));
        Assert.Equal((method, awaitIndex, Of(key)), (actualMethod, actualIndex, location?.ToString()));
    }

    private static async Task TwoCustomAwaitsAsync(CapturingAwaitable first, CapturingAwaitable second)
    {
        await At(first, "custom#1");
        await At(second, "custom#2");
    }

    private static async Task AwaitOnContextAsync(Task gate) => await At(gate);

    private static async Task YieldAsync() => await At(Task.Yield());
}
