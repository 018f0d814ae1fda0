using System.Runtime.CompilerServices;
using Harness.Diagnostics;
using static Harness.Tests.Diagnostics.AwaitLines;

namespace Harness.Tests.Diagnostics;

public sealed class AwaitChainsValueTaskTests
{
    private const string Me = nameof(AwaitChainsValueTaskTests);

    [Fact]
    public async Task A_value_task_returning_method_is_walked_through_its_value_task()
    {
        var gate = new TaskCompletionSource<int>();
        var task = AwaitsValueTaskAsync(gate.Task);
        try
        {
            Assert.Equal(
                [
                    Frame(0, $"{Me}.AwaitsValueTaskAsync", 1, nameof(AwaitsValueTaskAsync), $"{Me}.ValueTaskAsync"),
                    Frame(1, $"{Me}.ValueTaskAsync", 1, nameof(ValueTaskAsync), "TaskCompletionSource<int>.Task"),
                ],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            gate.SetResult(1);
        }

        await task;
    }

    [Fact]
    public async Task A_pooled_value_task_method_is_described_from_its_value_task()
    {
        var gate = new TaskCompletionSource();
        var valueTask = PooledAsync(gate.Task);
        try
        {
            Assert.Equal(
                [Frame(0, $"{Me}.PooledAsync", 1, nameof(PooledAsync), "TaskCompletionSource.Task")],
                Show(AwaitChains.Describe(valueTask)));
        }
        finally
        {
            gate.SetResult();
        }

        await valueTask;
    }

    [Fact]
    public async Task An_await_foreach_is_walked_into_the_async_iterator()
    {
        var gate = new TaskCompletionSource();
        var task = ConsumeAsync(gate.Task);
        try
        {
            Assert.Equal(
                [
                    Frame(0, $"{Me}.ConsumeAsync", 1, nameof(ConsumeAsync), $"{Me}.ProduceAsync"),
                    Frame(1, $"{Me}.ProduceAsync", 1, nameof(ProduceAsync), "TaskCompletionSource.Task"),
                ],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            gate.SetResult();
        }

        Assert.Equal(1, await task);
    }

    private static async Task AwaitsValueTaskAsync(Task<int> gate) => await At(ValueTaskAsync(gate));

    private static async ValueTask<int> ValueTaskAsync(Task<int> gate) => await At(gate);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private static async ValueTask PooledAsync(Task gate) => await At(gate);

    private static async Task<int> ConsumeAsync(Task gate)
    {
        var sum = 0;
        await foreach (var item in At(ProduceAsync(gate)))
        {
            sum += item;
        }

        return sum;
    }

    private static async IAsyncEnumerable<int> ProduceAsync(Task gate)
    {
        await At(gate);
        yield return 1;
    }
}
