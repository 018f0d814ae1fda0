using Harness.Diagnostics;
using static Harness.Tests.Diagnostics.AwaitLines;

namespace Harness.Tests.Diagnostics;

/// <summary>
/// The compiler numbers states and lists await offsets in the PDB separately; these shapes (awaits moved out of
/// catch and finally blocks, in loops and conditionals) check that state N still meets the Nth await.
/// </summary>
public sealed class AwaitShapesTests
{
    [Fact]
    public async Task Awaits_in_try_catch_finally_loops_and_branches_each_map_to_their_own_line()
    {
        string[] keys = ["shape try", "shape catch", "shape finally", "shape loop", "shape else", "shape after"];
        var gates = keys.Select(_ => new TaskCompletionSource()).ToArray();
        var task = ShapesAsync([.. gates.Select(g => g.Task)], condition: false);
        try
        {
            foreach (var (key, gate) in keys.Zip(gates))
            {
                var frame = Assert.Single(AwaitChains.Describe(task));
                Assert.Equal((key, Of(key)), (key, frame.Location?.ToString()));
                Assert.Equal("TaskCompletionSource.Task", frame.Awaiting);
                gate.SetResult();
            }
        }
        finally
        {
            Array.ForEach(gates, g => g.TrySetResult());
        }

        await task;
    }

    private static async Task ShapesAsync(Task[] gates, bool condition)
    {
        try
        {
            await At(gates[0], "shape try");
            throw new InvalidOperationException("to reach the catch block");
        }
        catch (InvalidOperationException)
        {
            await At(gates[1], "shape catch");
        }
        finally
        {
            await At(gates[2], "shape finally");
        }

        for (var i = 0; i < 1; i++)
        {
            await At(gates[3], "shape loop");
        }

        if (condition)
        {
            await At(Task.CompletedTask, "shape then");
        }
        else
        {
            await At(gates[4], "shape else");
        }

        await At(gates[5], "shape after");
    }
}
