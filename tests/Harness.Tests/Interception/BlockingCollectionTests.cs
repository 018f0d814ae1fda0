using System.Collections.Concurrent;
using Harness.Interception;

namespace Harness.Tests.Interception;

public sealed class BlockingCollectionTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = 2, Iterations = 2000 };

    [Fact]
    public void A_consumer_of_a_bounded_collection_gets_every_item_in_order_once_adding_completes()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var queue = new BlockingCollection<int>(boundedCapacity: 1);
                var consumer = Controlled.Run(() => Task.FromResult(BlockingCollectionCalls.GetConsumingEnumerable(queue, "Pipe.cs:2").ToList()));
                for (int i = 1; i <= 3; i++)
                {
                    BlockingCollectionCalls.Add(queue, i, "Pipe.cs:5");
                }

                queue.CompleteAdding();
                Assert.Equal([1, 2, 3], await consumer);
            },
            Exhaustive);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_consumer_that_never_gets_complete_adding_is_a_deadlock_naming_the_take()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var queue = new BlockingCollection<int>();
                var consumer = Controlled.Run(() => Task.FromResult(BlockingCollectionCalls.GetConsumingEnumerable(queue, "Pipe.cs:2").Sum()));
                BlockingCollectionCalls.Add(queue, 1, "Pipe.cs:3");
                await consumer;
            },
            new ExplorationOptions { Iterations = 10, Seed = 1 });

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("waits at Pipe.cs:2 for a BlockingCollection nobody adds to or completes", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Checking_IsCompleted_before_Take_is_a_race_with_CompleteAdding_that_exploration_finds()
    {
        var result = ConcurrencyTest.Explore(() => Drain(checkThenTake: true), Exhaustive);

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("InvalidOperationException", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Taking_with_TryTake_until_it_fails_is_clean()
    {
        var result = ConcurrencyTest.Explore(() => Drain(checkThenTake: false), Exhaustive);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void TryTake_and_TryAdd_with_timeouts_give_up_on_the_virtual_clock()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            () =>
            {
                using var queue = new BlockingCollection<int>(boundedCapacity: 1);
                var start = Controlled.Time.GetUtcNow();
                outcomes.Add(BlockingCollectionCalls.TryTake(queue, out _, TimeSpan.FromSeconds(2), "Pipe.cs:3"));
                outcomes.Add(Controlled.Time.GetUtcNow() - start);
                outcomes.Add(BlockingCollectionCalls.TryAdd(queue, 1, 0, "Pipe.cs:5"));
                outcomes.Add(BlockingCollectionCalls.TryAdd(queue, 2, 3000, "Pipe.cs:6"));
                outcomes.Add(Controlled.Time.GetUtcNow() - start);
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([false, TimeSpan.FromSeconds(2), true, false, TimeSpan.FromSeconds(5)], outcomes);
    }

    [Fact]
    public void Misuse_throws_what_the_real_collection_throws()
    {
        var expected = Outcomes(inRun: false);
        List<string>? modelled = null;
        var result = ConcurrencyTest.Explore(
            () =>
            {
                modelled = Outcomes(inRun: true);
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(expected, modelled);
    }

    // The consumer drains while the producer adds one item and completes; the buggy form asks IsCompleted, then Takes.
    private static async Task Drain(bool checkThenTake)
    {
        using var queue = new BlockingCollection<int>();
        var consumer = Controlled.Run(() =>
        {
            int taken = 0;
            if (checkThenTake)
            {
                while (!queue.IsCompleted)
                {
                    BlockingCollectionCalls.Take(queue, "Drain.cs:8");
                    taken++;
                }
            }
            else
            {
                while (BlockingCollectionCalls.TryTake(queue, out _, Timeout.Infinite, "Drain.cs:14"))
                {
                    taken++;
                }
            }

            return Task.FromResult(taken);
        });
        BlockingCollectionCalls.Add(queue, 1, "Drain.cs:21");
        await Task.Yield();
        queue.CompleteAdding();
        Assert.Equal(1, await consumer);
    }

    // Each misuse recorded as "Type: message [parameter]": outside a run the targets are the real members.
    private static List<string> Outcomes(bool inRun)
    {
        _ = inRun;
        var outcomes = new List<string>();
        void Record(Action call)
        {
            var thrown = global::Xunit.Record.Exception(call);
            outcomes.Add(thrown is null ? "ok" : $"{thrown.GetType().Name}: {thrown.Message} [{(thrown as ArgumentException)?.ParamName}]");
        }

        using var queue = new BlockingCollection<int>(boundedCapacity: 2);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Record(() => BlockingCollectionCalls.Take(queue, cancelled.Token, "Misuse.cs:1"));
        Record(() => BlockingCollectionCalls.Add(queue, 1, cancelled.Token, "Misuse.cs:2"));
        Record(() => BlockingCollectionCalls.TryTake(queue, out _, -2, "Misuse.cs:3"));
        Record(() => BlockingCollectionCalls.TryAdd(queue, 1, TimeSpan.FromMilliseconds(-2), "Misuse.cs:4"));
        Record(() => BlockingCollectionCalls.TryTake(queue, out _, TimeSpan.FromMilliseconds((double)int.MaxValue + 1), "Misuse.cs:4"));
        Record(() => BlockingCollectionCalls.Add(queue, 1, "Misuse.cs:5"));
        queue.CompleteAdding();
        Record(() => BlockingCollectionCalls.Add(queue, 2, "Misuse.cs:7"));
        Record(() => BlockingCollectionCalls.TryAdd(queue, 2, 10, "Misuse.cs:8"));
        Record(() => outcomes.Add(BlockingCollectionCalls.Take(queue, "Misuse.cs:9").ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Record(() => BlockingCollectionCalls.Take(queue, "Misuse.cs:10"));
        Record(() => outcomes.Add(BlockingCollectionCalls.TryTake(queue, out _, 10, "Misuse.cs:11").ToString()));
        Record(() => outcomes.Add(string.Join(",", BlockingCollectionCalls.GetConsumingEnumerable(queue, "Misuse.cs:12"))));
        return outcomes;
    }
}
