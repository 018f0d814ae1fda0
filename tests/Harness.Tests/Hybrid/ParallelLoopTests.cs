using System.Collections.Concurrent;
using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class ParallelLoopTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 };

    [Fact]
    public void Parallel_for_runs_every_body_once_before_it_returns_a_completed_result()
    {
        ParallelLoopResult? loop = null;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var ran = new int[4];
                loop = ParallelCalls.For(0, 4, index => Interlocked.Increment(ref ran[index]), "Loop.cs:5");
                Invariant.Assert(ran.All(count => count == 1), $"ran {string.Join(",", ran)}, expected every body once");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 50, Seed = 1 });

        Assert.Null(result.Bug);
        Assert.True(loop!.Value.IsCompleted);
        Assert.Null(loop.Value.LowestBreakIteration);
    }

    [Fact]
    public void An_unbounded_loop_of_a_hundred_bodies_runs_them_all_in_sixty_four_operations_on_any_machine()
    {
        var workers = new HashSet<int?>();
        var ran = new int[100];
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                // Each body waits until 64 bodies have started: fewer operations deadlock, more would not all be used.
                using var started = new CountdownEvent(64);
                ParallelCalls.For(
                    0,
                    100,
                    index =>
                    {
                        ran[index]++;
                        workers.Add(Task.CurrentId);
                        if (!started.IsSet)
                        {
                            CountdownEventCalls.Signal(started, "Loop.cs:6");
                        }

                        CountdownEventCalls.Wait(started, "Loop.cs:7");
                    },
                    "Loop.cs:5");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.All(ran, count => Assert.Equal(1, count));
        Assert.Equal(64, workers.Count);
    }

    [Fact]
    public void A_loop_after_an_await_inside_a_spawned_operation_with_a_nested_loop_is_controlled_throughout()
    {
        int ran = 0;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                ran = 0;
                await Controlled.Run(async () =>
                {
                    await Task.Yield();
                    ParallelCalls.For(0, 2, _ => ParallelCalls.Invoke([() => Interlocked.Increment(ref ran), () => Interlocked.Increment(ref ran)], "Inner.cs:4"), "Outer.cs:3");
                });
                Invariant.Assert(ran == 4, $"ran {ran} bodies, expected 4");
            },
            new ExplorationOptions { Iterations = 100, Seed = 5 });

        Assert.Null(result.Bug);
        Assert.Equal(100, result.Iterations);
    }

    [Fact]
    public void Parallel_invoke_and_for_each_run_every_body_before_they_return()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var seen = new ConcurrentBag<string>();
                ParallelCalls.Invoke([() => seen.Add("a"), () => seen.Add("b")], "Invoke.cs:3");
                ParallelCalls.ForEach(["c", "d", "e"], new ParallelOptions { MaxDegreeOfParallelism = 2 }, seen.Add, "Each.cs:4");
                ParallelCalls.For(10L, 12L, index => seen.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Long.cs:5");
                Invariant.Assert(string.Concat(seen.Order()) == "1011abcde", $"saw {string.Concat(seen.Order())}");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 50, Seed = 2 });

        Assert.Null(result.Bug);
    }

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
        var results = new[] { 1, 1, 3 }
            .Select(workers => ConcurrencyTest.Explore(() => CollectInto(ListAdd), new ExplorationOptions { Seed = 11, Iterations = 200, Workers = workers }))
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

    [Fact]
    public void A_for_loop_throws_its_bodies_exceptions_in_one_aggregate_and_starts_no_body_after_a_fault_as_dotnet_does()
    {
        Exception? loopThrew = null;
        Exception? invokeThrew = null;
        var ran = new List<string>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var one = new ParallelOptions { MaxDegreeOfParallelism = 1 };
                loopThrew = Record.Exception(() => ParallelCalls.For(0, 4, one, index => Throw(index % 2 == 1, "i" + index), "Loop.cs:3"));
                invokeThrew = Record.Exception(() => ParallelCalls.Invoke(one, [() => Throw(true, "a"), () => Throw(true, "b"), () => ran.Add("third")], "Invoke.cs:4"));
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(["i1"], Assert.IsType<AggregateException>(loopThrew).InnerExceptions.Select(inner => inner.Message));
        Assert.Equal(["a", "b"], Assert.IsType<AggregateException>(invokeThrew).InnerExceptions.Select(inner => inner.Message));
        Assert.Equal(["third"], ran);
    }

    [Fact]
    public void Cancelling_the_options_token_throws_operation_canceled_and_starts_no_further_body()
    {
        Exception? before = null;
        Exception? during = null;
        var ran = new List<int>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var cancel = new CancellationTokenSource();
                var options = new ParallelOptions { CancellationToken = cancel.Token, MaxDegreeOfParallelism = 1 };
                during = Record.Exception(() => ParallelCalls.For(0, 100, options, index => { ran.Add(index); if (index == 2) cancel.Cancel(); }, "Loop.cs:5"));
                before = Record.Exception(() => ParallelCalls.ForEach([1], options, ran.Add, "Each.cs:6"));
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.IsType<OperationCanceledException>(during);
        Assert.IsType<OperationCanceledException>(before);
        Assert.Equal([0, 1, 2], ran);
    }

    [Fact]
    public void Outside_a_run_each_target_is_the_bcl_call()
    {
        var seen = new ConcurrentBag<int>();

        var loop = ParallelCalls.For(0, 3, seen.Add, "Loop.cs:1");
        ParallelCalls.ForEach([3, 4], seen.Add, "Each.cs:2");
        ParallelCalls.Invoke([() => seen.Add(5)], "Invoke.cs:3");

        Assert.True(loop.IsCompleted);
        Assert.Equal([0, 1, 2, 3, 4, 5], seen.Order());
        Assert.Throws<ArgumentException>(() => ParallelCalls.Invoke([null!], "Invoke.cs:4"));
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

    private static void Throw(bool fail, string message)
    {
        if (fail)
        {
            throw new InvalidOperationException(message);
        }
    }
}
