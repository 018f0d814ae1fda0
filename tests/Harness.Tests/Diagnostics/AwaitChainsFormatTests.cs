using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

public sealed class AwaitChainsFormatTests
{
    [Fact]
    public void A_chain_prints_the_leaf_first_and_its_callers_below()
    {
        AwaitFrame[] frames =
        [
            new(0, "Orders.ProcessAsync", 1, new SourceLocation("/src/app/Orders.cs", 18), "Orders.Worker"),
            new(1, "Orders.Worker", 2, new SourceLocation("/src/app/Orders.cs", 31), "SemaphoreSlim.WaitAsync"),
        ];

        Assert.Equal(
            "Orders.Worker (await #2) Orders.cs:31  awaiting SemaphoreSlim.WaitAsync\n"
            + "  <- Orders.ProcessAsync (await #1) Orders.cs:18",
            AwaitChains.Format(frames));
    }

    [Fact]
    public void Each_branch_of_a_combinator_prints_its_own_chain_back_to_the_root()
    {
        AwaitFrame[] frames =
        [
            new(0, "Jobs.RunAsync", 1, new SourceLocation("Jobs.cs", 10), "Task.WhenAll (2 of 3 unfinished)"),
            new(1, "Jobs.FetchAsync", 1, null, "Channel<int> read"),
            new(1, "", 0, null, "TaskCompletionSource.Task"),
        ];

        Assert.Equal(
            "Jobs.FetchAsync (await #1)  awaiting Channel<int> read\n"
            + "  <- Jobs.RunAsync (await #1) Jobs.cs:10  awaiting Task.WhenAll (2 of 3 unfinished)\n"
            + "TaskCompletionSource.Task\n"
            + "  <- Jobs.RunAsync (await #1) Jobs.cs:10  awaiting Task.WhenAll (2 of 3 unfinished)",
            AwaitChains.Format(frames));
    }

    [Fact]
    public void A_method_that_is_not_suspended_says_so()
    {
        Assert.Equal("Jobs.RunAsync (running)", AwaitChains.Format([new AwaitFrame(0, "Jobs.RunAsync", 0, null, "running")]));
    }

    [Fact]
    public async Task A_real_chain_formats_without_paths_ids_or_hash_codes()
    {
        var gate = new TaskCompletionSource();
        var task = OuterAsync(gate.Task);
        try
        {
            Assert.Equal(
                $"AwaitChainsFormatTests.InnerAsync (await #1) {AwaitLines.Of("format inner")}  awaiting TaskCompletionSource.Task\n"
                + $"  <- AwaitChainsFormatTests.OuterAsync (await #1) {AwaitLines.Of("format outer")}",
                AwaitChains.Format(AwaitChains.Describe(task)));
        }
        finally
        {
            gate.SetResult();
        }

        await task;
    }

    private static async Task OuterAsync(Task gate) => await AwaitLines.At(InnerAsync(gate), "format outer");

    private static async Task InnerAsync(Task gate) => await AwaitLines.At(gate, "format inner");
}
