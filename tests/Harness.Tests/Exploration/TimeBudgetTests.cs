namespace Harness.Tests.Exploration;

/// <summary>
/// The wall-clock budget of an exploration, measured on a clock the tests move by hand: the body advances it, so
/// where the run stops never depends on how fast the machine is.
/// </summary>
public sealed class TimeBudgetTests
{
    [Fact]
    public void An_exploration_that_runs_out_of_time_stops_between_iterations_and_says_how_far_it_got()
    {
        var clock = new ManualClock();
        var options = new ExplorationOptions { Strategy = SchedulingStrategy.Random, Iterations = 1000, TimeBudget = TimeSpan.FromSeconds(10), WallClock = clock };
        int started = 0;

        var result = ConcurrencyTest.Explore(async () =>
        {
            started++;
            await Controlled.Yield();
            clock.Advance(TimeSpan.FromSeconds(1));
        }, options);

        Assert.Null(result.Bug);
        Assert.Equal(10, started);
        Assert.Equal(
            "the exploration ran out of its time budget of 10 s: it stopped after 10 of 1000 iterations (10 schedules explored (random), no bug) in 10 s. This is no verdict: the schedules explored found no bug and the rest were not run, and how far a run gets depends on the machine, so the test fails rather than pass on partial work. Fix: lower Iterations or MaxSteps (attribute properties, \"Iterations\"/\"MaxSteps\" in coyote.json, HARNESS_ITERATIONS/HARNESS_MAX_STEPS), give a livelocking loop an exit, spread the campaign over CI jobs with HARNESS_SHARD=i/n (docs/engine.md#shards), or raise the budget: TimeBudgetSeconds on the attribute, \"TimeBudgetSeconds\" in coyote.json or HARNESS_TIME_BUDGET_SECONDS.",
            result.OutOfTime);
    }

    [Fact]
    public void A_single_runaway_iteration_is_cut_short_by_the_watchdog()
    {
        var clock = new ManualClock();
        var options = new ExplorationOptions { MaxSteps = int.MaxValue, TimeBudget = TimeSpan.FromSeconds(5), WallClock = clock };

        var result = ConcurrencyTest.Explore(async () =>
        {
            // A livelock: it takes steps for ever, so neither MaxSteps nor the stall check ends it.
            while (true)
            {
                clock.Advance(TimeSpan.FromMilliseconds(1));
                await Controlled.Yield();
            }
        }, options);

        Assert.Null(result.Bug);
        Assert.StartsWith("the exploration ran out of its time budget of 5 s: it stopped after 0 of 1000 iterations", result.OutOfTime, StringComparison.Ordinal);
        Assert.Contains(", cutting short the iteration then running after ", result.OutOfTime, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exploration_that_finishes_within_its_budget_is_not_out_of_time()
    {
        var clock = new ManualClock();
        var options = new ExplorationOptions { Strategy = SchedulingStrategy.Random, Iterations = 10, TimeBudget = TimeSpan.FromSeconds(10), WallClock = clock };

        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            clock.Advance(TimeSpan.FromSeconds(1));
        }, options);

        Assert.Null(result.OutOfTime);
        Assert.Equal(10, result.Iterations);
    }

    [Fact]
    public void A_bug_found_before_the_budget_runs_out_is_reported_as_usual()
    {
        var clock = new ManualClock();
        var options = new ExplorationOptions { Strategy = SchedulingStrategy.Random, Seed = 1, TimeBudget = TimeSpan.FromSeconds(1000), WallClock = clock };

        var result = ConcurrencyTest.Explore(async () =>
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Programs.TwoByTwo.LostUpdate();
        }, options);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Null(result.OutOfTime);
    }

    /// <summary>A wall clock that moves only when told to; safe to read from the watchdog's thread.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref ticks);

        internal void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
    }
}
