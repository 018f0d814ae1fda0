using Harness.Diagnostics;
using static Harness.Tests.Diagnostics.AwaitLines;

namespace Harness.Tests.Diagnostics;

public sealed class AwaitChainsTests
{
    private const string Me = nameof(AwaitChainsTests);

    [Fact]
    public async Task A_task_blocked_on_a_completion_source_names_each_await_and_its_line()
    {
        var gate = new TaskCompletionSource();
        var task = OuterAsync(gate.Task);
        try
        {
            Assert.Equal(
                [
                    Frame(0, $"{Me}.OuterAsync", 1, nameof(OuterAsync), $"{Me}.InnerAsync"),
                    Frame(1, $"{Me}.InnerAsync", 1, nameof(InnerAsync), "TaskCompletionSource.Task"),
                ],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            gate.SetResult();
        }

        await task;
    }

    [Fact]
    public async Task A_method_past_its_first_await_reports_the_second_await()
    {
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        var task = TwoAwaitsAsync(first.Task, second.Task);
        first.SetResult();
        try
        {
            Assert.Equal(
                [Frame(0, $"{Me}.TwoAwaitsAsync", 2, "TwoAwaitsAsync#2", "TaskCompletionSource.Task")],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            second.SetResult();
        }

        await task;
    }

    [Fact]
    public async Task A_second_await_of_another_awaiter_type_is_found_in_its_own_awaiter_field()
    {
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource<int>();
        var task = MixedAwaitsAsync(first.Task, second.Task);
        first.SetResult();
        try
        {
            Assert.Equal(
                [Frame(0, $"{Me}.MixedAwaitsAsync", 2, "MixedAwaitsAsync#2", "TaskCompletionSource<int>.Task")],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            second.SetResult(1);
        }

        await task;
    }

    [Fact]
    public async Task An_async_lambda_is_named_after_the_method_that_declares_it()
    {
        var gate = new TaskCompletionSource();
        Func<Task, Task> lambda = async g => await At(g, "lambda");
        var task = lambda(gate.Task);
        try
        {
            Assert.Equal(
                [Frame(0, $"{Me}.lambda in {nameof(An_async_lambda_is_named_after_the_method_that_declares_it)}", 1, "lambda", "TaskCompletionSource.Task")],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            gate.SetResult();
        }

        await task;
    }

    [Fact]
    public async Task A_method_described_while_it_runs_says_it_is_running()
    {
        var gate = new TaskCompletionSource();
        Task? task = null;
        IReadOnlyList<AwaitFrame>? seen = null;
        task = RunsCallbackAsync(gate.Task, () => seen = AwaitChains.Describe(task!));
        gate.SetResult();
        await task;

        Assert.Equal(["0 AwaitChainsTests.RunsCallbackAsync #0 - | running"], Show(seen!));
    }

    private static async Task RunsCallbackAsync(Task gate, Action callback)
    {
        await gate;
        callback();
    }

    private static async Task OuterAsync(Task gate) => await At(InnerAsync(gate));

    private static async Task InnerAsync(Task gate) => await At(gate);

    private static async Task TwoAwaitsAsync(Task first, Task second)
    {
        await At(first, "TwoAwaitsAsync#1");
        await At(second, "TwoAwaitsAsync#2");
    }

    private static async Task<int> MixedAwaitsAsync(Task first, Task<int> second)
    {
        await At(first, "MixedAwaitsAsync#1");
        return await At(second, "MixedAwaitsAsync#2");
    }
}
