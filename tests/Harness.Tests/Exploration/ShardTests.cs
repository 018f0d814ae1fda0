using Harness.Snapshots;
using Harness.Strategies;
using Harness.Tests.Programs;

namespace Harness.Tests.Exploration;

/// <summary>
/// HARNESS_SHARD=i/n: each CI job runs its share of the numbered iterations; together they run exactly the serial
/// run's iterations, and the shard holding the serial run's failing iteration reports exactly what the serial run does.
/// </summary>
public sealed class ShardTests
{
    public static TheoryData<SchedulingStrategy, int> StrategiesAndShards => new()
    {
        { SchedulingStrategy.Random, 3 },
        { SchedulingStrategy.Pct, 4 },
        { SchedulingStrategy.Portfolio, 3 },
        { SchedulingStrategy.Portfolio, 5 },
        { SchedulingStrategy.Pos, 3 },
        { SchedulingStrategy.Surw, 4 },
    };

    [Theory]
    [MemberData(nameof(StrategiesAndShards))]
    public void The_shards_together_run_exactly_the_serial_runs_iterations(SchedulingStrategy strategy, int shards)
    {
        var options = new ExplorationOptions { Strategy = strategy, Seed = 5, Iterations = 120 };
        var serial = new List<string>();
        var serialResult = ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(serial), options);
        Assert.Null(serialResult.Bug);

        var covered = new bool[serial.Count];
        for (int shard = 0; shard < shards; shard++)
        {
            var orders = new List<string>();
            var result = ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(orders), options with { ShardIndex = shard, ShardCount = shards });

            Assert.Null(result.Bug);
            Assert.StartsWith($"shard {shard}/{shards}: ", result.Coverage, StringComparison.Ordinal);
            var indices = Enumerable.Range(0, serial.Count).Where(i => RunsOn(strategy, i, shard, shards)).ToList();
            Assert.Equal(indices.Select(i => serial[i]), orders);
            indices.ForEach(i => covered[i] = true);
        }

        Assert.All(covered, Assert.True);
    }

    [Theory]
    [InlineData(SchedulingStrategy.Random, 1UL)]
    [InlineData(SchedulingStrategy.Portfolio, 7UL)]
    [InlineData(SchedulingStrategy.Surw, 2UL)]
    public void The_shard_holding_the_failing_iteration_writes_the_serial_runs_snapshot(SchedulingStrategy strategy, ulong seed)
    {
        var body = TwoByTwo.FailingOnlyIn("abbaab");
        var options = new ExplorationOptions { Strategy = strategy, Seed = seed, Iterations = 2000 };
        const int Shards = 3;

        var serial = ConcurrencyTest.Explore(body, options);
        var results = Enumerable.Range(0, Shards).Select(shard => ConcurrencyTest.Explore(body, options with { ShardIndex = shard, ShardCount = Shards })).ToList();

        Assert.NotNull(serial.Bug);
        var first = results.Where(r => r.Bug is not null).MinBy(r => r.Iterations)!;
        Assert.Equal(serial.Iterations, first.Iterations);
        Assert.Equal(serial.Schedule, first.Schedule);
        Assert.Equal(serial.Trace, first.Trace);
        Assert.Equal(
            SnapshotFormat.Write(SnapshotCapture.FromResult(serial, "T")!),
            SnapshotFormat.Write(SnapshotCapture.FromResult(first, "T")!));
    }

    [Fact]
    public void Exhaustive_search_runs_whole_on_shard_0_and_nowhere_else()
    {
        var options = new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue };
        var serial = new List<string>();
        ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(serial), options);

        var first = new List<string>();
        var second = new List<string>();
        ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(first), options with { ShardCount = 2 });
        var other = ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(second), options with { ShardIndex = 1, ShardCount = 2 });

        Assert.Equal(serial, first);
        Assert.Empty(second);
        Assert.Equal("shard 1/2: nothing to run (exhaustive search runs in order, whole, on shard 0)", other.Coverage);
    }

    // Iteration 0 and the portfolio's in-order exhaustive phase run on every shard; the rest by index modulo n.
    private static bool RunsOn(SchedulingStrategy strategy, int index, int shard, int shards) =>
        index == 0
        || (strategy == SchedulingStrategy.Portfolio && index >= PortfolioStrategy.OpeningIterations && index < PortfolioStrategy.OpeningIterations + PortfolioStrategy.ExhaustiveBudget)
        || index % shards == shard;
}
