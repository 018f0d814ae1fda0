using Harness.Diagnostics;
using static Harness.Tests.Diagnostics.AwaitLines;

namespace Harness.Tests.Diagnostics;

public sealed class AwaitChainsCombinatorTests
{
    private const string Me = nameof(AwaitChainsCombinatorTests);

    [Fact]
    public async Task A_when_all_with_one_of_two_unfinished_shows_the_unfinished_branch()
    {
        var gate = new TaskCompletionSource<int>();
        var task = WhenAllOfValuesAsync(ValueAsync(gate.Task), Task.FromResult(2));
        try
        {
            Assert.Equal(
                [
                    Frame(0, $"{Me}.WhenAllOfValuesAsync", 1, nameof(WhenAllOfValuesAsync), "Task.WhenAll (1 of 2 unfinished)"),
                    Frame(1, $"{Me}.ValueAsync", 1, nameof(ValueAsync), "TaskCompletionSource<int>.Task"),
                ],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            gate.SetResult(1);
        }

        Assert.Equal(3, await task);
    }

    [Fact]
    public async Task A_non_generic_when_all_finds_its_unfinished_branch_among_the_awaiting_methods_parameters()
    {
        var gate = new TaskCompletionSource();
        var task = WhenAllAsync(Task.CompletedTask, BranchAsync(gate.Task));
        try
        {
            Assert.Equal(
                [
                    Frame(0, $"{Me}.WhenAllAsync", 1, nameof(WhenAllAsync), "Task.WhenAll (1 unfinished)"),
                    Frame(1, $"{Me}.BranchAsync", 1, nameof(BranchAsync), "TaskCompletionSource.Task"),
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
    public async Task A_when_any_lists_every_unfinished_branch()
    {
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        var task = WhenAnyAsync(first.Task, second.Task);
        try
        {
            Assert.Equal(
                [
                    Frame(0, $"{Me}.WhenAnyAsync", 1, nameof(WhenAnyAsync), "Task.WhenAny (2 of 2 unfinished)"),
                    "1  #0 - | TaskCompletionSource.Task",
                    "1  #0 - | TaskCompletionSource.Task",
                ],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            first.SetResult();
            second.SetResult();
        }

        await task;
    }

    [Fact]
    public async Task An_unwrap_proxy_finds_its_inner_task_among_the_related_tasks()
    {
        var gate = new TaskCompletionSource();
        var outer = new Task<Task>(() => BranchAsync(gate.Task));
        var task = outer.Unwrap(); // before the outer task finishes, or Unwrap returns the inner task itself
        outer.RunSynchronously();
        var inner = await outer;
        try
        {
            Assert.Equal(
                [
                    "0  #0 - | Task.Unwrap proxy",
                    Frame(1, $"{Me}.BranchAsync", 1, nameof(BranchAsync), "TaskCompletionSource.Task"),
                ],
                Show(AwaitChains.Describe(task, related: [inner])));
        }
        finally
        {
            gate.SetResult();
        }

        await task;
    }

    [Fact]
    public async Task A_wait_with_a_real_timeout_is_flagged_and_shows_the_task_it_waits_for()
    {
        var gate = new TaskCompletionSource();
        var task = WaitWithTimeoutAsync(gate.Task);
        try
        {
            var frames = AwaitChains.Describe(task);
            Assert.Equal(
                [
                    Frame(0, $"{Me}.WaitWithTimeoutAsync", 1, nameof(WaitWithTimeoutAsync), "Task.WaitAsync (real timer: not controlled)"),
                    "1  #0 - | TaskCompletionSource.Task",
                ],
                Show(frames));
            Assert.True(AwaitChains.IsWaitingOnRealTimer(frames));
        }
        finally
        {
            // Completing the awaited task also disposes WaitAsync's timer.
            gate.SetResult();
        }

        await task;
    }

    private static async Task<int> WhenAllOfValuesAsync(Task<int> first, Task<int> second)
    {
        var values = await At(Task.WhenAll(first, second));
        return values.Sum();
    }

    private static async Task<int> ValueAsync(Task<int> gate) => await At(gate);

    private static async Task WhenAllAsync(Task first, Task second) => await At(Task.WhenAll(first, second));

    private static async Task BranchAsync(Task gate) => await At(gate);

    private static async Task WhenAnyAsync(Task first, Task second) => await At(Task.WhenAny(first, second));

    private static async Task WaitWithTimeoutAsync(Task gate) => await At(gate.WaitAsync(TimeSpan.FromHours(1)));
}
