using System.Collections.Concurrent;
using Harness.Interception;

namespace Harness.Tests.Hybrid;

/// <summary>Parallel overloads redirected but not modelled: refused at the call in a run, naming the call and the fix.</summary>
public sealed class ParallelUnmodelledTests
{
    [Fact]
    public void A_loop_state_for_each_over_a_queue_is_refused_at_the_call_before_any_body_runs()
    {
        int ran = 0;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                ParallelCalls.ForEach(new Queue<int>([1, 2, 3]), (_, state) => Interlocked.Increment(ref ran), "Each.cs:3");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        string report = result.Bug?.Summary + result.Bug?.Details;
        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("Parallel.ForEach with ParallelLoopState at Each.cs:3 was given a source that is neither an array nor an IList<T> (Queue<int>)", report, StringComparison.Ordinal);
        Assert.Contains("Fix: pass an array or a list (source.ToArray() or source.ToList())", report, StringComparison.Ordinal);
        Assert.Equal(0, ran);
    }

    [Fact]
    public void A_thread_local_for_each_over_a_lazy_sequence_is_refused_at_the_call()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                ParallelCalls.ForEach(Enumerable.Range(1, 3).Select(i => i * 2), () => 0, (item, state, index, local) => local + item, _ => { }, "Local.cs:3");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("Parallel.ForEach with thread-local state at Local.cs:3 was given a source that is neither an array nor an IList<T>", result.Bug!.Summary + result.Bug.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_loops_over_an_array_or_a_list_run_controlled()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var seen = new ConcurrentBag<int>();
                ParallelCalls.ForEach(new Queue<int>([1, 2]).ToArray(), (item, state) => seen.Add(item), "Each.cs:3");
                ParallelCalls.ForEach(Enumerable.Range(3, 2).ToList(), () => 0, (item, state, local) => { seen.Add(item); return local; }, _ => { }, "Local.cs:4");
                Invariant.Assert(string.Concat(seen.Order()) == "1234", $"saw {string.Concat(seen.Order())}");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 20, Seed = 4 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void When_uncontrolled_work_is_allowed_the_loop_runs_on_the_bcl_and_outside_a_run_it_always_does()
    {
        int ran = 0;
        var allowed = ConcurrencyTest.Explore(
            async () =>
            {
                ParallelCalls.ForEach(new Queue<int>([1, 2]), (_, state) => Interlocked.Increment(ref ran), "Each.cs:3");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1, UncontrolledConcurrency = UncontrolledConcurrencyMode.Allow });
        var outside = ParallelCalls.ForEach(new Queue<int>([1, 2]), (_, state) => Interlocked.Increment(ref ran), "Each.cs:9");

        Assert.Null(allowed.Bug);
        Assert.True(outside.IsCompleted);
        Assert.Equal(4, ran);
    }

    [Fact]
    public void Every_loop_over_a_partitioner_is_refused_at_the_call_in_a_run_and_is_the_bcl_call_outside_one()
    {
        var refused = new List<string>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                refused.Clear();
                int[] items = [1, 2, 3];
                Refused(refused, () => ParallelCalls.ForEach(Partitioner.Create(items, loadBalance: true), _ => { }, "Chunks.cs:3"));
                Refused(refused, () => ParallelCalls.ForEach(Partitioner.Create(items, loadBalance: false), new ParallelOptions(), (_, state, index) => { }, "Chunks.cs:4"));
                Refused(refused, () => ParallelCalls.ForEach(Partitioner.Create(0, 3), () => 0, (range, state, local) => local, _ => { }, "Chunks.cs:5"));
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });
        var seen = new ConcurrentBag<int>();
        var outside = ParallelCalls.ForEach(Partitioner.Create([4, 5], loadBalance: true), seen.Add, "Chunks.cs:9");

        Assert.Null(result.Bug);
        Assert.Equal(3, refused.Count);
        Assert.StartsWith("Parallel.ForEach over a ", refused[0], StringComparison.Ordinal);
        Assert.Contains(" at Chunks.cs:3 is not controlled: the partitioner decides which elements one worker runs one after another", refused[0], StringComparison.Ordinal);
        Assert.Contains("Fix: loop over the elements themselves", refused[0], StringComparison.Ordinal);
        Assert.Contains("at Chunks.cs:4", refused[1], StringComparison.Ordinal);
        Assert.Contains("at Chunks.cs:5", refused[2], StringComparison.Ordinal);
        Assert.True(outside.IsCompleted);
        Assert.Equal([4, 5], seen.Order());
    }

    private static void Refused(List<string> refused, Action loop) =>
        refused.Add(Assert.Throws<NotSupportedException>(loop).Message);
}
