using System.Runtime.CompilerServices;
using Harness.Interception;

namespace Harness.Tests.Hybrid;

/// <summary>How Parallel.ForEachAsync's workers take elements in a run, and what stays with the BCL.</summary>
public sealed class ParallelForEachAsyncSourceTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 };

    [Fact]
    public void An_async_source_that_awaits_inside_move_next_gives_each_element_to_exactly_one_body_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var taken = new List<int>();
                var opened = new CancellationToken[1];
                var given = new HashSet<CancellationToken>();
                await ParallelCalls.ForEachAsync(Numbers(3, opened), async (item, token) =>
                {
                    given.Add(token);
                    taken.Add(item);
                    await Task.Yield();
                }, "Async.cs:4");
                Invariant.Assert(string.Join(",", taken.Order()) == "0,1,2", $"bodies got {string.Join(",", taken)}");
                Invariant.Assert(given.Count == 1 && given.Contains(opened[0]), "the source was not opened with the token the bodies get");
            },
            Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
        Assert.True(result.SchedulesExplored > 1);
    }

    [Fact]
    public void A_source_whose_move_next_async_reads_awaits_and_writes_is_never_entered_twice_at_once()
    {
        // .NET holds its lock across MoveNextAsync: a source that is not thread-safe is still safe there.
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var source = new Unsafe(4);
                var taken = new List<int>();
                await ParallelCalls.ForEachAsync(source, new ParallelOptions { MaxDegreeOfParallelism = 3 }, (item, _) => { taken.Add(item); return default; }, "Unsafe.cs:4");
                Invariant.Assert(string.Join(",", taken.Order()) == "1,2,3,4", $"bodies got {string.Join(",", taken)}");
            },
            Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void A_loop_on_a_task_scheduler_of_the_users_own_is_reported_by_name_at_the_call()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var options = new ParallelOptions { TaskScheduler = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler };
                await ParallelCalls.ForEachAsync([1], options, (_, _) => default, "Own.cs:3");
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.Contains("queued a task to ConcurrentExclusive", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bcl_call_made_directly_in_a_run_is_reported_as_uncontrolled_not_left_to_the_watchdog()
    {
        var result = ConcurrencyTest.Explore(
            async () => await Parallel.ForEachAsync([1, 2], async (_, _) => await Task.Yield()),
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
    }

    private static async IAsyncEnumerable<int> Numbers(int count, CancellationToken[] opened, [EnumeratorCancellation] CancellationToken token = default)
    {
        opened[0] = token;
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    /// <summary>An async source with a read-await-write of its position: two MoveNextAsync at once would repeat an element.</summary>
    private sealed class Unsafe(int count) : IAsyncEnumerable<int>, IAsyncEnumerator<int>
    {
        public int Current { get; private set; }

        public IAsyncEnumerator<int> GetAsyncEnumerator(CancellationToken cancellationToken = default) => this;

        public async ValueTask<bool> MoveNextAsync()
        {
            int read = Current;
            await Task.Yield();
            Current = read + 1;
            return Current <= count;
        }

        public ValueTask DisposeAsync() => default;
    }
}
