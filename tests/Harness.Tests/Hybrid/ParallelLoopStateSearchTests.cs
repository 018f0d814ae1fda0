using Harness.Interception;

namespace Harness.Tests.Hybrid;

/// <summary>A parallel search for the first match: Stop is the bug, Break with LowestBreakIteration the fix.</summary>
public sealed class ParallelLoopStateSearchTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 20_000 };

    // The first match is at 1; 2 matches too.
    private static readonly int[] Items = [5, 7, 7];

    [Fact]
    public void A_search_that_stops_at_the_match_it_sees_first_and_takes_it_as_the_first_match_is_found()
    {
        var result = ConcurrencyTest.Explore(StopAtFirstSeen, Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("found the match at 2, expected the first one at 1", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    [Fact]
    public void A_search_that_breaks_at_each_match_and_reads_lowest_break_iteration_passes_every_schedule()
    {
        var result = ConcurrencyTest.Explore(BreakAndReadLowest, Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void After_a_break_no_higher_index_starts_though_one_already_running_finishes()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var log = new List<string>();
                var loop = ParallelCalls.For(0, 4, (index, state) =>
                {
                    Log(log, "start " + index);
                    ThreadCalls.Yield("Log.cs:5");
                    if (index == 1)
                    {
                        state.Break();
                        Log(log, "break");
                    }

                    Log(log, "end " + index);
                }, "Log.cs:3");
                int broke = log.IndexOf("break");
                Invariant.Assert(log.Skip(broke).All(entry => entry is not ("start 2" or "start 3")), $"a higher index started after the break: {string.Join(", ", log)}");
                Invariant.Assert(log.Contains("end 0") && loop.LowestBreakIteration == 1 && !loop.IsCompleted, $"log {string.Join(", ", log)}, lowest {loop.LowestBreakIteration}");
                await Task.Yield();
            },
            Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    private static async Task StopAtFirstSeen()
    {
        int found = -1;
        ParallelCalls.For(0, Items.Length, (index, state) =>
        {
            ThreadCalls.Yield("Search.cs:6");
            if (Items[index] == 7)
            {
                // First writer wins: a higher match that runs first wins and Stop keeps index 1 from ever starting.
                Interlocked.CompareExchange(ref found, index, -1);
                state.Stop();
            }
        }, "Search.cs:4");
        Invariant.Assert(found == 1, $"found the match at {found}, expected the first one at 1");
        await Task.Yield();
    }

    private static async Task BreakAndReadLowest()
    {
        var loop = ParallelCalls.For(0, Items.Length, (index, state) =>
        {
            ThreadCalls.Yield("Search.cs:6");
            if (Items[index] == 7)
            {
                state.Break();
            }
        }, "Search.cs:4");
        Invariant.Assert(loop.LowestBreakIteration == 1, $"found the match at {loop.LowestBreakIteration}, expected the first one at 1");
        await Task.Yield();
    }

    private static void Log(List<string> log, string entry)
    {
        lock (log)
        {
            log.Add(entry);
        }
    }
}
