using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Harness.Diagnostics;
using static Harness.Tests.Diagnostics.AwaitLines;

namespace Harness.Tests.Diagnostics;

public sealed class AwaitSourceMapTests
{
    [Fact]
    public async Task Each_state_maps_to_the_line_of_its_await_and_other_states_to_nothing()
    {
        TaskCompletionSource[] gates = [new(), new(), new()];
        var task = ThreeAwaitsAsync(gates[0].Task, gates[1].Task, gates[2].Task);
        try
        {
            var type = StateMachineType(task);
            for (var state = 0; state < gates.Length; state++)
            {
                // Each await records its line as it is reached, so step the method through them.
                Assert.Equal(Of($"three#{state + 1}"), AwaitSourceMap.LocateAwait(type, state)?.ToString());
                gates[state].SetResult();
            }

            Assert.Null(AwaitSourceMap.LocateAwait(type, 3));
            Assert.Null(AwaitSourceMap.LocateAwait(type, -1));
            Assert.Null(AwaitSourceMap.LocateAwait(type, -2));
        }
        finally
        {
            Array.ForEach(gates, gate => gate.TrySetResult());
        }

        await task;
    }

    [Fact]
    public async Task Lookups_from_many_threads_at_once_agree()
    {
        var gate = new TaskCompletionSource();
        var task = GenericAsync<string>(gate.Task);
        try
        {
            var type = StateMachineType(task);
            var found = new SourceLocation?[64];
            Parallel.For(0, found.Length, i => found[i] = AwaitSourceMap.LocateAwait(type, 0));
            Assert.All(found, location => Assert.Equal(Of("generic"), location?.ToString()));
            Assert.Equal("AwaitSourceMapTests.GenericAsync", AwaitSourceMap.MethodName(type));
        }
        finally
        {
            gate.SetResult();
        }

        await task;
    }

    [Fact]
    public void A_type_that_is_not_a_state_machine_has_no_await_location()
    {
        Assert.Null(AwaitSourceMap.LocateAwait(typeof(string), 0));
        Assert.Null(AwaitSourceMap.LocateAwait(typeof(AwaitSourceMapTests), 0));
    }

    [Fact]
    public void A_framework_state_machine_without_a_pdb_has_a_name_but_no_location()
    {
        var type = typeof(SemaphoreSlim).GetNestedTypes(System.Reflection.BindingFlags.NonPublic)
            .First(t => typeof(IAsyncStateMachine).IsAssignableFrom(t));

        Assert.Null(AwaitSourceMap.LocateAwait(type, 0));
        Assert.StartsWith("SemaphoreSlim.", AwaitSourceMap.MethodName(type), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_machine_from_an_assembly_loaded_from_bytes_has_a_name_but_no_location()
    {
        var gate = new TaskCompletionSource();
        var task = ThreeAwaitsAsync(gate.Task, Task.CompletedTask, Task.CompletedTask);
        var context = new AssemblyLoadContext(nameof(AwaitSourceMapTests), isCollectible: true);
        try
        {
            var original = StateMachineType(task);
            await using var image = File.OpenRead(original.Assembly.Location);
            var copy = context.LoadFromStream(image).GetType(original.FullName!, throwOnError: true)!;

            Assert.NotNull(AwaitSourceMap.LocateAwait(original, 0));
            Assert.Null(AwaitSourceMap.LocateAwait(copy, 0));
            Assert.Equal("AwaitSourceMapTests.ThreeAwaitsAsync", AwaitSourceMap.MethodName(copy));
        }
        finally
        {
            context.Unload();
            gate.SetResult();
        }

        await task;
    }

    [Theory]
    [InlineData("<WorkerAsync>d__3", "WorkerAsync")]
    [InlineData("<GenericAsync>d__5`1", "GenericAsync")]
    [InlineData("<<Run>b__0_1>d", "lambda in Run")]
    [InlineData("<<Run>g__Local|0_0>d", "Local")]
    [InlineData("<<<Main>$>g__Outer|0_6>d", "Outer")]
    [InlineData("<<<Main>$>b__0_4>d", "lambda in Main")]
    [InlineData("<<Main>$>d__0", "Main")]
    [InlineData("Hand`1", "Hand")]
    public void Generated_names_read_as_the_method_the_developer_wrote(string generated, string readable)
    {
        Assert.Equal(readable, StateMachineNames.Readable(generated));
    }

    [Fact]
    public async Task A_local_function_is_named_after_itself_in_its_declaring_type()
    {
        var gate = new TaskCompletionSource();
        var task = LocalAsync(gate.Task);
        try
        {
            Assert.Equal("AwaitSourceMapTests.LocalAsync", AwaitSourceMap.MethodName(StateMachineType(task)));
        }
        finally
        {
            gate.SetResult();
        }

        await task;

        static async Task LocalAsync(Task gate) => await gate;
    }

    private static Type StateMachineType(Task task) =>
        AsyncStateMachines.TryGetStateMachine(task, out var stateMachine) ? stateMachine.GetType() : throw new ArgumentException("not an async method's task", nameof(task));

    private static async Task ThreeAwaitsAsync(Task first, Task second, Task third)
    {
        await At(first, "three#1");
        await At(second, "three#2");
        await At(third, "three#3");
    }

    private static async Task GenericAsync<T>(Task gate) => await At(gate, "generic");
}
