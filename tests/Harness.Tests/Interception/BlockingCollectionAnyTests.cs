using System.Collections.Concurrent;
using Harness.Interception;

namespace Harness.Tests.Interception;

public sealed class BlockingCollectionAnyTests
{
    [Fact]
    public void TakeFromAny_waits_for_an_item_in_either_collection_and_says_which()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var urgent = new BlockingCollection<string>();
                using var normal = new BlockingCollection<string>();
                var consumer = Controlled.Run(() =>
                {
                    int from = BlockingCollectionCalls.TakeFromAny([urgent, normal], out var order, "Desk.cs:5");
                    outcomes.Add(from);
                    outcomes.Add(order);
                    return Task.CompletedTask;
                });
                await Task.Yield();
                outcomes.Add(BlockingCollectionCalls.AddToAny([normal], "order-1", "Desk.cs:11"));
                await consumer;
            },
            new ExplorationOptions { Iterations = 20, Seed = 2 });

        Assert.Null(result.Bug);
        Assert.Contains(1, outcomes.OfType<int>());
        Assert.Contains("order-1", outcomes);
    }

    [Fact]
    public void A_take_from_collections_nobody_fills_or_completes_is_a_deadlock()
    {
        var result = ConcurrencyTest.Explore(
            () =>
            {
                using var first = new BlockingCollection<int>();
                using var second = new BlockingCollection<int>();
                BlockingCollectionCalls.TakeFromAny([first, second], out _, "Desk.cs:4");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("BlockingCollections nobody adds to or completes", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_any_members_time_out_on_the_virtual_clock_and_throw_what_dotnet_throws_once_completed()
    {
        var expected = Outcomes(inRun: false);
        List<string>? modelled = null;
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var start = Controlled.Time.GetUtcNow();
                modelled = Outcomes(inRun: true);
                modelled.Add((Controlled.Time.GetUtcNow() - start).ToString());
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([.. expected, TimeSpan.FromMilliseconds(30).ToString()], modelled);
    }

    private static List<string> Outcomes(bool inRun)
    {
        _ = inRun;
        var outcomes = new List<string>();
        void Record(Func<object> call)
        {
            try
            {
                outcomes.Add(call().ToString()!);
            }
            catch (Exception thrown) when (thrown is ArgumentException or InvalidOperationException)
            {
                outcomes.Add($"{thrown.GetType().Name}: {thrown.Message}");
            }
        }

        using var full = new BlockingCollection<int>(boundedCapacity: 1);
        using var empty = new BlockingCollection<int>();
        BlockingCollectionCalls.Add(full, 1, "Any.cs:1");
        Record(() => BlockingCollectionCalls.TryAddToAny([full], 2, 10, "Any.cs:2"));
        Record(() => BlockingCollectionCalls.TryTakeFromAny([empty], out _, 20, "Any.cs:3"));
        Record(() => BlockingCollectionCalls.TryTakeFromAny([empty, full], out _, 0, "Any.cs:4"));
        full.CompleteAdding();
        empty.CompleteAdding();
        Record(() => BlockingCollectionCalls.AddToAny([full, empty], 3, "Any.cs:7"));
        Record(() => BlockingCollectionCalls.TryTakeFromAny([empty, full], out _, 0, "Any.cs:8"));
        Record(() => BlockingCollectionCalls.TakeFromAny([empty, full], out _, "Any.cs:9"));
        return outcomes;
    }
}
