using Harness.Interception;

namespace Harness.Tests.Hybrid;

/// <summary>What parallel loop bodies that share a list or a counter look like to the race detector.</summary>
public sealed class ParallelLoopRaceTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 };

    [Fact]
    public void Bodies_that_add_to_one_list_without_a_lock_are_a_data_race_between_two_loop_operations()
    {
        var result = ConcurrencyTest.Explore(() => CollectInto(list => ListAdd(list)), new ExplorationOptions { Seed = 7 });

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("'Parallel.ForEach at Orders.cs:8' wrote List<T> at Orders.cs:9 and 'Parallel.ForEach at Orders.cs:8 #", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.All(result.Bug.Operations, name => Assert.StartsWith("Parallel.ForEach at Orders.cs:8", name, StringComparison.Ordinal));
        Assert.Null(result.ReplayProblem);
    }

    [Fact]
    public void The_same_seed_finds_the_same_race_on_the_same_schedule_for_any_number_of_workers()
    {
        // Shrinking is left out: it is what the exploration found that must not depend on the run.
        var results = new[] { 1, 1, 3 }
            .Select(workers => ConcurrencyTest.Explore(() => CollectInto(ListAdd), new ExplorationOptions { Seed = 11, Iterations = 200, Workers = workers, Shrink = false }))
            .ToList();

        Assert.All(results, result => Assert.Equal(BugKind.DataRace, result.Bug?.Kind));
        Assert.Single(results.Select(result => (result.Schedule, result.Bug!.Summary)).Distinct());
    }

    [Fact]
    public void Bodies_that_add_to_one_list_under_a_lock_pass_every_schedule()
    {
        var gate = new object();
        var result = ConcurrencyTest.Explore(() => CollectInto(list => item => Locked(gate, () => ListAdd(list)(item))), Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void Bodies_that_increment_a_counter_without_a_lock_are_found_and_interlocked_passes_every_schedule()
    {
        var racy = ConcurrencyTest.Explore(() => Count(interlocked: false), Exhaustive);
        var fixedForm = ConcurrencyTest.Explore(() => Count(interlocked: true), Exhaustive);

        Assert.Equal(BugKind.DataRace, racy.Bug?.Kind);
        Assert.Null(fixedForm.Bug);
        Assert.True(fixedForm.SearchSpaceExhausted);
    }

    private static async Task CollectInto(Func<List<int>, Action<int>> add)
    {
        var list = new List<int>();
        ParallelCalls.ForEach([1, 2, 3], add(list), "Orders.cs:8");
        Invariant.Assert(ListCalls.Count(list, "Orders.cs:10") == 3, "an Add was lost");
        await Task.Yield();
    }

    private static Action<int> ListAdd(List<int> list) => item => ListCalls.Add(list, item, "Orders.cs:9");

    private static void Locked(object gate, Action action)
    {
        MonitorCalls.Enter(gate, "Orders.cs:9");
        try
        {
            action();
        }
        finally
        {
            MonitorCalls.Exit(gate, "Orders.cs:9");
        }
    }

    private static async Task Count(bool interlocked)
    {
        var box = new int[1];
        ParallelCalls.Invoke([Add, Add], "Counter.cs:4");
        Invariant.Assert(box[0] == 2, $"count is {box[0]}, expected 2");
        await Task.Yield();

        void Add()
        {
            if (interlocked)
            {
                Interlocked.Increment(ref box[0]);
                return;
            }

            SharedMemoryCalls.OnRead(box, "Counter.count", "Counter.cs:7");
            int read = box[0];
            SharedMemoryCalls.OnWrite(box, "Counter.count", "Counter.cs:8");
            box[0] = read + 1;
        }
    }
}
