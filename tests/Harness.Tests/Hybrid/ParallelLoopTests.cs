using System.Collections.Concurrent;
using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class ParallelLoopTests
{
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
    public void A_loop_runs_its_bodies_in_as_many_operations_as_max_degree_of_parallelism_allows()
    {
        var workers = new HashSet<int?>();
        var ran = new int[10];
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                // Each body waits until three bodies have started: fewer operations deadlock, more would not all be used.
                using var started = new CountdownEvent(3);
                ParallelCalls.For(
                    0,
                    10,
                    new ParallelOptions { MaxDegreeOfParallelism = 3 },
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
        Assert.Equal(3, workers.Count);
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

    private static void Throw(bool fail, string message)
    {
        if (fail)
        {
            throw new InvalidOperationException(message);
        }
    }
}
