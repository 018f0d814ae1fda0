using Harness.Tests.Programs;

namespace Harness.Tests.Strategies;

/// <summary>
/// Bounded exhaustive search on <see cref="TwoByTwo"/>: operations a and b each run three steps, a1 a2 a3 and
/// b1 b2 b3, so a schedule is an interleaving of aaa with bbb: C(6,3) = 20 schedules without a bound.
/// A preemption is switching to the other operation while the one that ran last still has a step to go; after
/// a3 or b3 that operation has finished, so that switch is free. Counting the switches before an operation's
/// last step in each of the 20 orders: 2 orders take no preemption (aaabbb, bbbaaa), 4 take one, 8 take two,
/// 4 take three and 2 take four, so the bounds 0 to 4 allow 2, 6, 14, 18 and 20 schedules.
/// </summary>
public sealed class ExhaustiveSearchTests
{
    private const int NoBound = int.MaxValue;

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 6)]
    [InlineData(2, 14)]
    [InlineData(3, 18)]
    [InlineData(4, 20)]
    [InlineData(NoBound, 20)]
    public void Exhaustive_search_visits_every_schedule_within_the_preemption_bound_exactly_once(int bound, int expected)
    {
        var orders = new List<string>();

        var result = ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(orders), Exhaustive(bound));

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
        Assert.Equal(expected, result.SchedulesExplored);
        Assert.Equal(expected, result.Iterations);
        Assert.Equal(expected, orders.Count);
        Assert.Equal(expected, orders.Distinct().Count());
    }

    /// <summary>
    /// Two steps each: the 6 orders of aa and bb. aabb and bbaa switch only after an operation ended; abba and
    /// baab switch once before it; abab and baba twice.
    /// </summary>
    [Theory]
    [InlineData(0, new[] { "aabb", "bbaa" })]
    [InlineData(1, new[] { "aabb", "abba", "baab", "bbaa" })]
    [InlineData(2, new[] { "aabb", "abab", "abba", "baab", "baba", "bbaa" })]
    public void Exhaustive_search_of_two_tasks_with_two_steps_runs_exactly_the_orders_the_bound_allows(int bound, string[] expected)
    {
        var orders = new List<string>();

        var result = ConcurrencyTest.Explore(TwoByTwo.RecordingTwoStepOrder(orders), Exhaustive(bound));

        Assert.True(result.SearchSpaceExhausted);
        Assert.Equal(expected.Length, result.SchedulesExplored);
        Assert.Equal(expected, orders.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Without_a_bound_the_schedules_are_exactly_the_twenty_interleavings_of_aaa_and_bbb()
    {
        var orders = new List<string>();
        var interleavings = Enumerable.Range(0, 1 << 6)
            .Where(bits => int.PopCount(bits) == 3)
            .Select(bits => new string([.. Enumerable.Range(0, 6).Select(i => (bits & (1 << i)) != 0 ? 'a' : 'b')]))
            .ToHashSet();

        ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(orders), Exhaustive(NoBound));

        Assert.Equal(20, interleavings.Count);
        Assert.True(interleavings.SetEquals(orders), string.Join(' ', orders));
    }

    [Fact]
    public void Without_preemptions_each_operation_runs_to_its_end_before_the_other_starts()
    {
        var orders = new List<string>();

        ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(orders), Exhaustive(0));

        Assert.Equal(["aaabbb", "bbbaaa"], orders.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_bug_free_program_reports_that_the_search_space_was_exhausted_and_how_many_schedules_it_had()
    {
        var result = ConcurrencyTest.Explore(TwoByTwo.RecordingOrder([]), Exhaustive(1));

        Assert.True(result.SearchSpaceExhausted);
        Assert.Equal("all 6 schedules within preemption bound 1 explored, no bug", result.Coverage);
    }

    [Fact]
    public void The_lost_update_of_a_two_by_two_counter_is_found_and_replays()
    {
        var result = ConcurrencyTest.Explore(TwoByTwo.LostUpdate, Exhaustive(2));

        Assert.NotNull(result.Bug);
        Assert.Equal(BugKind.AssertionFailure, result.Bug.Kind);
        Assert.Contains("an update was lost", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
        Assert.Equal($"bug found in schedule {result.SchedulesExplored} (exhaustive, preemption bound 2)", result.Coverage);
        Assert.Equal(result.Bug.ToString(), ConcurrencyTest.Replay(TwoByTwo.LostUpdate, result.Schedule).Bug?.ToString());
    }

    [Fact]
    public void A_bug_that_needs_two_preemptions_is_out_of_reach_of_bound_one_and_found_with_bound_two()
    {
        // "aabbab": a2 is followed by b1 (preemption), b2 by a3 (preemption); a3 ends a, so b3 after it is free.
        var body = TwoByTwo.FailingOnlyIn("aabbab");

        var boundOne = ConcurrencyTest.Explore(body, Exhaustive(1));
        var boundTwo = ConcurrencyTest.Explore(body, Exhaustive(2));

        Assert.Null(boundOne.Bug);
        Assert.Equal("all 6 schedules within preemption bound 1 explored, no bug", boundOne.Coverage);
        Assert.Contains("in the order aabbab", boundTwo.Bug?.Summary, StringComparison.Ordinal);
        Assert.InRange(boundTwo.SchedulesExplored, 1, 14);
    }

    [Fact]
    public void The_iteration_limit_stops_the_search_before_the_space_is_exhausted()
    {
        var orders = new List<string>();

        var result = ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(orders), Exhaustive(NoBound) with { Iterations = 5 });

        Assert.False(result.SearchSpaceExhausted);
        Assert.Equal(5, result.SchedulesExplored);
        Assert.Equal(5, orders.Distinct().Count());
        Assert.Equal("5 schedules explored (exhaustive, no preemption bound; stopped at the iteration limit before the search space was exhausted), no bug", result.Coverage);
    }

    [Fact]
    public void An_iteration_limit_equal_to_the_number_of_schedules_still_counts_as_exhausted()
    {
        var result = ConcurrencyTest.Explore(TwoByTwo.RecordingOrder([]), Exhaustive(0) with { Iterations = 2 });

        Assert.True(result.SearchSpaceExhausted);
        Assert.Equal(2, result.SchedulesExplored);
    }

    [Fact]
    public void The_same_settings_twice_explore_the_same_schedules_in_the_same_order()
    {
        var first = new List<string>();
        var second = new List<string>();

        ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(first), Exhaustive(1));
        ConcurrencyTest.Explore(TwoByTwo.RecordingOrder(second), Exhaustive(1));

        Assert.Equal(first, second);
    }

    private static ExplorationOptions Exhaustive(int bound) =>
        new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = bound };
}
