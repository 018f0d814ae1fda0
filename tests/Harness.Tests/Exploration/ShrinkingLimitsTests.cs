using Harness.Exploration;
using Harness.Scheduling;
using Harness.Tests.Programs;

namespace Harness.Tests.Exploration;

public sealed class ShrinkingLimitsTests
{
    [Fact]
    public void Shrinking_stops_at_its_run_budget_with_the_best_schedule_found_so_far()
    {
        int runs = 0;
        Task Counted()
        {
            runs++;
            return NoisyIncrements.Run();
        }

        var found = ConcurrencyTest.Explore(Counted, new ExplorationOptions { Shrink = false, Strategy = SchedulingStrategy.Random });
        runs = 0;

        var shrunk = Shrinker.Shrink(Counted, "test", new RuntimeLimits(10_000), new ExplorationOptions(), found.Bug!, found.Choices, maxRuns: 5);

        Assert.Equal(5, runs);
        Assert.NotNull(shrunk);
        Assert.Equal(BugKind.AssertionFailure, shrunk.Bug.Kind);
        Assert.True(shrunk.Preemptions < Preemptions.Of(NoisyIncrements.Run, found.Schedule), $"{shrunk.Preemptions} preemptions");
        Assert.True(shrunk.Schedule.Count > 5, "five runs are too few to reach the minimal schedule");
    }

    [Fact]
    public void A_candidate_that_blocks_the_scheduler_thread_ends_shrinking_and_the_schedule_found_is_reported()
    {
        // Never completed: the candidate that waits on it strands its thread, as a blocking wait in exploration does.
        var never = new TaskCompletionSource();
        async Task Body()
        {
            int total = 0;
            bool incrementStarted = false;
            async Task Increment()
            {
                incrementStarted = true;
                int read = total;
                await Task.Yield();
                Invariant.Assert(total == read, "nobody writes between an increment's read and its write");
                total = read + 1;
            }

            async Task Blocker()
            {
                await Task.Yield();

                // Only a run that starts the blocker and lets it go on at once blocks: the first, fully
                // non-preemptive candidate does; the schedule exploration finds with seed 0 does not.
                if (!incrementStarted)
                {
                    never.Task.Wait();
                }
            }

            await Task.WhenAll(Controlled.Run(Blocker, "blocker"), Controlled.Run(Increment, "first"), Controlled.Run(Increment, "second"));
        }

        var unshrunk = ConcurrencyTest.Explore(Body, new ExplorationOptions { Shrink = false });
        var result = ConcurrencyTest.Explore(Body);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Null(result.ReplayProblem);
        Assert.Null(result.OriginalSchedule);
        Assert.Equal(unshrunk.Schedule, result.Schedule);
    }
}
