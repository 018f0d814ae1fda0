using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Harness.Diagnostics;
using static Harness.Diagnostics.RuntimeInternals;

namespace Harness.Tests.Diagnostics;

/// <summary>
/// Pins every runtime internal the await chains read. When a .NET update renames one, these fail and say which
/// name to update in RuntimeInternals; the chains themselves would only degrade to "unknown".
/// </summary>
public sealed class RuntimeInternalsTests
{
    public static TheoryData<string, string> PinnedFields => new()
    {
        { "System.Runtime.CompilerServices.AsyncTaskMethodBuilder`1+AsyncStateMachineBox`1", BoxStateMachineField },
        { "System.Runtime.CompilerServices.AsyncTaskMethodBuilder`1+DebugFinalizableAsyncStateMachineBox`1", BoxStateMachineField },
        { "System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder`1+StateMachineBox`1", BoxStateMachineField },
        { typeof(TaskAwaiter).FullName!, AwaiterTaskField },
        { typeof(TaskAwaiter<>).FullName!, AwaiterTaskField },
        { typeof(ConfiguredTaskAwaitable.ConfiguredTaskAwaiter).FullName!, AwaiterTaskField },
        { typeof(ConfiguredTaskAwaitable<>.ConfiguredTaskAwaiter).FullName!, AwaiterTaskField },
        { typeof(ValueTaskAwaiter).FullName!, AwaiterValueTaskField },
        { typeof(ValueTaskAwaiter<>).FullName!, AwaiterValueTaskField },
        { typeof(ConfiguredValueTaskAwaitable.ConfiguredValueTaskAwaiter).FullName!, AwaiterValueTaskField },
        { typeof(ConfiguredValueTaskAwaitable<>.ConfiguredValueTaskAwaiter).FullName!, AwaiterValueTaskField },
        { typeof(ValueTask).FullName!, ValueTaskObjectField },
        { typeof(ValueTask<>).FullName!, ValueTaskObjectField },
        { typeof(Task).FullName!, TaskActionField },
        { typeof(Task).FullName!, TaskContinuationField },
        { WhenAllPromise, WhenAllRemainingField },
        { WhenAllPromiseOfT, WhenAllTasksField },
        { TwoTaskWhenAnyPromise, WhenAnyFirstField },
        { TwoTaskWhenAnyPromise, WhenAnySecondField },
        { WhenAnyPromise, WhenAnyTasksField },
        { DelayPromise, TimerField },
        { DelayPromiseWithCancellation, TimerField },
        { WaitAsyncPromise, TimerField },
        { WaitAsyncPromise, WaitAsyncTaskField },
    };

    [Theory]
    [MemberData(nameof(PinnedFields))]
    public void Each_internal_field_the_chains_read_still_exists(string typeName, string field)
    {
        var type = Resolve(typeName);
        Assert.True(type is not null, $"{typeName} is gone in .NET {Environment.Version}: update RuntimeInternals.");
        Assert.True(FindField(type, field) is not null, $"{typeName}.{field} is gone in .NET {Environment.Version}: update RuntimeInternals.");
    }

    [Theory]
    [InlineData(BoxInterface)]
    [InlineData(UnwrapPromise)]
    [InlineData(RealTimer)]
    [InlineData(SemaphoreWaiter)]
    [InlineData(ChannelBlockedRead)]
    [InlineData(ChannelBlockedWrite)]
    [InlineData(ChannelWaitingRead)]
    [InlineData(ChannelWaitingWrite)]
    public void Each_internal_type_the_chains_recognize_still_exists(string typeName)
    {
        Assert.True(Resolve(typeName) is not null, $"{typeName} is gone in .NET {Environment.Version}: update RuntimeInternals.");
    }

    [Fact]
    public async Task The_compiler_still_names_the_state_and_awaiter_fields_as_expected()
    {
        var gate = new TaskCompletionSource();
        var task = SuspendedAsync(gate.Task);
        try
        {
            Assert.True(AsyncStateMachines.IsBox(task), $"{task.GetType()} does not implement {BoxInterface}.");
            Assert.True(AsyncStateMachines.TryGetStateMachine(task, out var stateMachine));
            Assert.Equal(0, AsyncStateMachines.State(stateMachine));
            Assert.NotNull(FindField(stateMachine.GetType(), StateField));
            Assert.NotNull(FindField(stateMachine.GetType(), AwaiterFieldPrefix + "1"));
        }
        finally
        {
            gate.SetResult();
        }

        await task;
    }

    [Fact]
    public async Task The_runtime_still_returns_the_promise_types_the_chains_recognize()
    {
        using var cancel = new CancellationTokenSource();
        var pending = new TaskCompletionSource<int>();
        var delay = Task.Delay(TimeSpan.FromHours(1), cancel.Token);
        try
        {
            Assert.Equal(DelayPromiseWithCancellation, DefinitionName(delay.GetType()));
            Assert.Equal(RealTimer, Read(delay, TimerField)?.GetType().FullName);
            Assert.Equal(WhenAllPromise, DefinitionName(Task.WhenAll(pending.Task, Task.CompletedTask).GetType()));
            Assert.Equal(WhenAllPromiseOfT, DefinitionName(Task.WhenAll(pending.Task, Task.FromResult(1)).GetType()));
            Assert.Equal(TwoTaskWhenAnyPromise, DefinitionName(Task.WhenAny(pending.Task, pending.Task).GetType()));
            Assert.Equal(WhenAnyPromise, DefinitionName(Task.WhenAny(pending.Task, pending.Task, pending.Task).GetType()));
            Assert.Equal(UnwrapPromise, DefinitionName(new Task<Task>(() => Task.CompletedTask).Unwrap().GetType()));
            Assert.Equal(WaitAsyncPromise, DefinitionName(pending.Task.WaitAsync(cancel.Token).GetType()));
        }
        finally
        {
            await cancel.CancelAsync();
            pending.SetResult(0);
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delay);
    }

    private static async Task SuspendedAsync(Task gate) => await gate;

    private static Type? Resolve(string name) =>
        typeof(Task).Assembly.GetType(name) ?? typeof(Channel).Assembly.GetType(name);
}
