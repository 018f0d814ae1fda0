namespace Harness.Tests.Time;

/// <summary>
/// TimerRaces: "a timer due later fires now, as if the ready work were slow" as a scheduling choice, off by
/// default (issue 11, "timeouts that win").
/// </summary>
public sealed class TimerRaceTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMilliseconds(10);

    [Theory]
    [InlineData(false, "work")]
    [InlineData(true, "timeout work")]
    public void The_timeout_branch_of_a_when_any_race_is_reached_only_with_timer_races_on(bool timerRaces, string branches)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var result = ConcurrencyTest.Explore(async () =>
        {
            var work = Controlled.Run(async () =>
            {
                await Controlled.Yield();
                return 42;
            }, "lookup");
            var winner = await Task.WhenAny(work, Task.Delay(Deadline, Controlled.Time));
            seen.Add(winner == work ? "work" : "timeout");
        }, new ExplorationOptions { Iterations = 100, TimerRaces = timerRaces });

        Assert.Null(result.Bug);
        Assert.Equal(branches, string.Join(' ', seen));
    }

    [Fact]
    public void A_bug_reached_by_a_timer_race_names_the_operation_assumed_slower_than_the_deadline()
    {
        var result = ConcurrencyTest.Explore(LookupMustBeatItsDeadline, new ExplorationOptions { Iterations = 100, TimerRaces = true });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("(TimerRaces): at step", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("'lookup' was assumed slower than the deadline of timer", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Contains("TimerRaceTests.cs:", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Contains("due at 00:00:00.010", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Contains(result.Trace, line => line.Contains("fires early: the clock jumps to 00:00:00.010, as if 'lookup' were slower than that deadline (TimerRaces)", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_timer_races_the_same_test_is_clean()
    {
        var result = ConcurrencyTest.Explore(LookupMustBeatItsDeadline, new ExplorationOptions { Iterations = 100 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_schedule_with_a_timer_race_replays_exactly_with_the_setting_and_diverges_without_it()
    {
        var options = new ExplorationOptions { Iterations = 100, TimerRaces = true };
        var found = ConcurrencyTest.Explore(LookupMustBeatItsDeadline, options);

        var again = ConcurrencyTest.Replay(LookupMustBeatItsDeadline, found.Schedule, options);
        var without = ConcurrencyTest.Replay(LookupMustBeatItsDeadline, found.Schedule, options with { TimerRaces = false });

        Assert.Equal(found.Bug!.Summary, again.Bug?.Summary);
        Assert.Equal(found.Trace, again.Trace);
        Assert.NotNull(without.ReplayProblem);
    }

    [Fact]
    public void The_same_seed_gives_the_same_schedule_for_any_number_of_workers()
    {
        var options = new ExplorationOptions { Iterations = 100, TimerRaces = true, Strategy = SchedulingStrategy.Random, Seed = 11 };

        var one = ConcurrencyTest.Explore(LookupMustBeatItsDeadline, options);
        var two = ConcurrencyTest.Explore(LookupMustBeatItsDeadline, options with { Workers = 2 });

        Assert.NotNull(one.Bug);
        Assert.Equal(one.Schedule, two.Schedule);
        Assert.Equal(one.Trace, two.Trace);
        Assert.Equal(one.Iterations, two.Iterations);
    }

    [Fact]
    public void Exhaustive_search_counts_the_early_fire_as_a_choice()
    {
        int Schedules(bool timerRaces) => ConcurrencyTest.Explore(async () =>
        {
            await Task.WhenAny(Controlled.Run(() => Task.FromResult(1), "work"), Task.Delay(Deadline, Controlled.Time));
        }, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, TimerRaces = timerRaces }).SchedulesExplored;

        // Off: work, then the body; the delay fires after. On, the early fire (R) joins the first choice:
        // work first, then the body (1) or R then body/fire in either order (2); or R first, then work with body/fire
        // in either order (2), or the fire first, so the body sees the timeout, with work and body in either order (2).
        Assert.Equal(1, Schedules(timerRaces: false));
        Assert.Equal(7, Schedules(timerRaces: true));
    }

    private static async Task LookupMustBeatItsDeadline()
    {
        var lookup = Controlled.Run(async () =>
        {
            await Controlled.Yield();
            return "potassium 4.1";
        }, "lookup");
        var winner = await Task.WhenAny(lookup, Task.Delay(Deadline, Controlled.Time));
        Invariant.Assert(winner == lookup, "the lookup answers before its deadline");
    }
}
