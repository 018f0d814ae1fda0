using System.Collections.Concurrent;
using System.Numerics;
using Harness.Interception;

namespace Harness.Tests.Hybrid;

/// <summary>Parallel.ForEachAsync and Parallel.ForAsync in a run: each worker a controlled operation, the loop's outcome .NET's.</summary>
public sealed class ParallelForEachAsyncTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 };

    [Fact]
    public void For_each_async_and_for_async_run_every_body_once_before_their_task_completes()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var seen = new ConcurrentBag<string>();
                await ParallelCalls.ForEachAsync(["a", "b", "c"], async (item, _) => { await Task.Yield(); seen.Add(item); }, "Each.cs:3");
                await ParallelCalls.ForEachAsync(Letters("d", "e"), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (item, _) => { await Task.Yield(); seen.Add(item); }, "Each.cs:4");
                await ParallelCalls.ForAsync(1, 3, async (index, _) => { await Task.Yield(); seen.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture)); }, "For.cs:5");
                await ParallelCalls.ForAsync(3L, 4L, CancellationToken.None, (index, _) => { seen.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture)); return default; }, "For.cs:6");
                await ParallelCalls.ForAsync(new BigInteger(4), new BigInteger(6), async (index, _) => { await Task.Yield(); seen.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture)); }, "For.cs:7");
                Invariant.Assert(string.Concat(seen.Order()) == "12345abcde", $"saw {string.Concat(seen.Order())}");
            },
            new ExplorationOptions { Iterations = 100, Seed = 3 });

        Assert.Null(result.Bug);
        Assert.Equal(100, result.Iterations);
    }

    [Fact]
    public void Each_worker_is_an_operation_of_its_own_named_after_the_call()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var total = new int[1];
                await ParallelCalls.ForEachAsync([1, 2], async (item, _) =>
                {
                    int read = total[0];
                    await Task.Yield();
                    total[0] = read + item;
                }, "Sum.cs:4");
                Invariant.Assert(total[0] == 3, $"total is {total[0]}, expected 3");
            },
            Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        string trace = string.Join('\n', result.Trace);

        // The second worker, having taken the last element, queues a third that finds none, as .NET's does.
        Assert.Contains("Parallel.ForEachAsync at Sum.cs:4  starts (spawned at Sum.cs:4)", trace, StringComparison.Ordinal);
        Assert.Contains("Parallel.ForEachAsync at Sum.cs:4 #2  starts", trace, StringComparison.Ordinal);
        Assert.Contains("Parallel.ForEachAsync at Sum.cs:4 #3  starts", trace, StringComparison.Ordinal);
        Assert.DoesNotContain("Sum.cs:4 #4", trace, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_that_reads_awaits_and_writes_a_shared_counter_loses_an_update_and_a_semaphore_fixes_it()
    {
        var lost = ConcurrencyTest.Explore(() => AddAll(guarded: false), Exhaustive);
        var fixedForm = ConcurrencyTest.Explore(() => AddAll(guarded: true), Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, lost.Bug?.Kind);
        Assert.Contains("expected 6", lost.Bug!.Summary, StringComparison.Ordinal);
        Assert.Null(lost.ReplayProblem);
        Assert.Null(fixedForm.Bug);
        Assert.True(fixedForm.SearchSpaceExhausted);
    }

    [Fact]
    public void Bodies_that_add_to_one_list_without_a_lock_are_a_data_race_and_under_a_lock_pass_every_schedule()
    {
        var racy = ConcurrencyTest.Explore(() => Collect(locked: false), new ExplorationOptions { Seed = 7 });
        var fixedForm = ConcurrencyTest.Explore(() => Collect(locked: true), Exhaustive);

        Assert.Equal(BugKind.DataRace, racy.Bug?.Kind);
        Assert.All(racy.Bug!.Operations, name => Assert.StartsWith("Parallel.ForAsync at Orders.cs:8", name, StringComparison.Ordinal));
        Assert.Null(fixedForm.Bug);
        Assert.True(fixedForm.SearchSpaceExhausted);
    }

    [Fact]
    public void The_same_seed_gives_the_same_schedule_and_the_same_trace()
    {
        var options = new ExplorationOptions { Seed = 21, Iterations = 200, Shrink = false };
        var first = ConcurrencyTest.Explore(() => AddAll(guarded: false), options);
        var second = ConcurrencyTest.Explore(() => AddAll(guarded: false), options);

        Assert.NotNull(first.Bug);
        Assert.Equal(first.Schedule, second.Schedule);
        Assert.Equal(first.Trace, second.Trace);
    }

    [Fact]
    public void At_most_max_degree_of_parallelism_bodies_run_at_once_and_unbounded_runs_all_three()
    {
        var peaks = new List<(int Bounded, int Unbounded)>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                peaks.Add((await Peak(new ParallelOptions { MaxDegreeOfParallelism = 2 }), await Peak(new ParallelOptions())));
            },
            Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
        Assert.All(peaks, peak => Assert.True(peak.Bounded <= 2 && peak.Unbounded <= 3, $"peaks {peak}"));
        Assert.Contains(peaks, peak => peak.Bounded == 2 && peak.Unbounded == 3);
    }

    private static async Task<int> Peak(ParallelOptions options)
    {
        int now = 0;
        int peak = 0;
        await ParallelCalls.ForEachAsync([1, 2, 3], options, async (_, _) =>
        {
            peak = Math.Max(peak, ++now);
            await Task.Yield();
            now--;
        }, "Peak.cs:5");
        return peak;
    }

    private static async Task AddAll(bool guarded)
    {
        var total = new int[1];
        using var gate = new SemaphoreSlim(1, 1);
        await ParallelCalls.ForEachAsync([1, 2, 3], async (item, token) =>
        {
            if (guarded)
            {
                await gate.WaitAsync(token);
            }

            try
            {
                int read = total[0];
                await Task.Yield();
                total[0] = read + item;
            }
            finally
            {
                if (guarded)
                {
                    gate.Release();
                }
            }
        }, "Sum.cs:4");
        Invariant.Assert(total[0] == 6, $"total is {total[0]}, expected 6");
    }

    private static async Task Collect(bool locked)
    {
        var list = new List<int>();
        var gate = new object();
        await ParallelCalls.ForAsync(0, 3, (index, _) =>
        {
            if (locked)
            {
                MonitorCalls.Enter(gate, "Orders.cs:9");
            }

            ListCalls.Add(list, index, "Orders.cs:9");
            if (locked)
            {
                MonitorCalls.Exit(gate, "Orders.cs:9");
            }

            return default;
        }, "Orders.cs:8");
        Invariant.Assert(ListCalls.Count(list, "Orders.cs:10") == 3, "an Add was lost");
    }

    private static async IAsyncEnumerable<string> Letters(params string[] letters)
    {
        foreach (string letter in letters)
        {
            await Task.Yield();
            yield return letter;
        }
    }
}
