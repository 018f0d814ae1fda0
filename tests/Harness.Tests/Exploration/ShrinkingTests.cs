using Harness.Tests.Programs;

namespace Harness.Tests.Exploration;

public sealed class ShrinkingTests
{
    private static readonly ExplorationOptions Unshrunk = new() { Shrink = false };

    [Fact]
    public void A_long_failing_schedule_shrinks_to_the_minimal_one()
    {
        // Random: a long, many-preemption schedule to shrink (the portfolio may find a shorter one first).
        var found = ConcurrencyTest.Explore(NoisyIncrements.Run, Unshrunk with { Strategy = SchedulingStrategy.Random });
        var shrunk = ConcurrencyTest.Explore(NoisyIncrements.Run, new ExplorationOptions { Strategy = SchedulingStrategy.Random });

        Assert.Equal(BugKind.AssertionFailure, found.Bug?.Kind);
        Assert.True(found.Choices.Count >= 20, $"found {found.Choices.Count} steps: {found.Schedule}");
        Assert.True(Preemptions.Of(NoisyIncrements.Run, found.Schedule) >= 5, found.Schedule);

        // Minimal: 'test' starts (spawning everything), 'first' starts and reads, 'second' starts and reads (the one
        // preemption: 'first' could have continued), 'second' resumes and writes, 'first' resumes and sees the
        // total changed. Both reads, one write and the failing check are steps of their own, and no schedule without
        // a preemption fails: an increment that is never switched away from writes before anyone else reads.
        Assert.Equal(BugKind.AssertionFailure, shrunk.Bug?.Kind);
        Assert.Equal(1, Preemptions.Of(NoisyIncrements.Run, shrunk.Schedule));
        Assert.Equal(5, shrunk.Choices.Count);
        Assert.Equal(found.Schedule, shrunk.OriginalSchedule);
        Assert.Equal(
            ["test starts", "first starts", "second starts", "second resumes", "first resumes"],
            shrunk.Trace.Select(Action));
    }

    [Fact]
    public void The_shrunk_schedule_replays_to_the_same_bug_and_trace()
    {
        var shrunk = ConcurrencyTest.Explore(NoisyIncrements.Run);

        var replayed = ConcurrencyTest.Replay(NoisyIncrements.Run, shrunk.Schedule);

        Assert.Null(shrunk.ReplayProblem);
        Assert.Null(replayed.ReplayProblem);
        Assert.Equal(shrunk.Bug!.ToString(), replayed.Bug!.ToString());
        Assert.Equal(shrunk.Trace, replayed.Trace);
    }

    [Fact]
    public void The_original_schedule_is_kept_and_still_replays_to_the_same_kind_of_bug()
    {
        var shrunk = ConcurrencyTest.Explore(NoisyIncrements.Run);

        var replayed = ConcurrencyTest.Replay(NoisyIncrements.Run, shrunk.OriginalSchedule!);

        Assert.Null(replayed.ReplayProblem);
        Assert.Equal(shrunk.Bug!.Kind, replayed.Bug!.Kind);
    }

    [Fact]
    public void Shrinking_twice_gives_the_same_schedule_and_trace()
    {
        var first = ConcurrencyTest.Explore(Counters.Unguarded, new ExplorationOptions { Seed = 11 });
        var second = ConcurrencyTest.Explore(Counters.Unguarded, new ExplorationOptions { Seed = 11 });

        Assert.Equal(first.Schedule, second.Schedule);
        Assert.Equal(first.OriginalSchedule, second.OriginalSchedule);
        Assert.Equal(first.Trace, second.Trace);
        Assert.Equal(first.Bug!.ToString(), second.Bug!.ToString());
    }

    public static TheoryData<string, ulong> BuggyPrograms()
    {
        var data = new TheoryData<string, ulong>();
        foreach (string program in Programs.Keys)
        {
            foreach (ulong seed in new ulong[] { 0, 1, 2, 3 })
            {
                data.Add(program, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuggyPrograms))]
    public void Shrinking_never_changes_the_kind_of_bug_nor_makes_the_schedule_bigger(string program, ulong seed)
    {
        var body = Programs[program];

        var found = ConcurrencyTest.Explore(body, Unshrunk with { Seed = seed });
        var shrunk = ConcurrencyTest.Explore(body, new ExplorationOptions { Seed = seed });

        AssertSameKindAndNoBigger(body, found, shrunk);
    }

    public static TheoryData<string, SchedulingStrategy> BuggyProgramsUnderSampling()
    {
        var data = new TheoryData<string, SchedulingStrategy>();
        foreach (string program in Programs.Keys)
        {
            data.Add(program, SchedulingStrategy.Pos);
            data.Add(program, SchedulingStrategy.Surw);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuggyProgramsUnderSampling))]
    public void Shrinking_a_bug_found_by_pos_or_surw_keeps_its_kind_and_never_grows_the_schedule(string program, SchedulingStrategy strategy)
    {
        var body = Programs[program];

        var found = ConcurrencyTest.Explore(body, Unshrunk with { Strategy = strategy, Seed = 5 });
        var shrunk = ConcurrencyTest.Explore(body, new ExplorationOptions { Strategy = strategy, Seed = 5 });

        AssertSameKindAndNoBigger(body, found, shrunk);
    }

    private static void AssertSameKindAndNoBigger(Func<Task> body, ExplorationResult found, ExplorationResult shrunk)
    {
        Assert.NotNull(found.Bug);
        Assert.Equal(found.Bug.Kind, shrunk.Bug?.Kind);
        Assert.Null(shrunk.ReplayProblem);
        int before = Preemptions.Of(body, found.Schedule);
        int after = Preemptions.Of(body, shrunk.Schedule);
        Assert.True(after < before || (after == before && shrunk.Choices.Count <= found.Choices.Count), $"{before} preemptions in {found.Choices.Count} steps became {after} in {shrunk.Choices.Count}");
    }

    [Fact]
    public void With_shrinking_off_the_found_schedule_is_reported_as_before()
    {
        var off = ConcurrencyTest.Explore(NoisyIncrements.Run, Unshrunk);
        var on = ConcurrencyTest.Explore(NoisyIncrements.Run);

        Assert.Null(off.OriginalSchedule);
        Assert.Equal(on.OriginalSchedule, off.Schedule);
        Assert.Equal(on.Iterations, off.Iterations);
        Assert.Equal(on.TotalSteps, off.TotalSteps);
        Assert.Equal(off.Choices.Count, off.Trace.Count);
    }

    [Fact]
    public void A_schedule_that_is_already_minimal_has_no_original()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Task.Yield();
            Invariant.Assert(false, "always fails");
        });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Null(result.OriginalSchedule);
        Assert.Equal("0:0 0:1", result.Schedule);
    }

    private static readonly Dictionary<string, Func<Task>> Programs = new()
    {
        ["noisy increments"] = NoisyIncrements.Run,
        ["unguarded counter"] = Counters.Unguarded,
        ["locks taken in opposite order"] = LockOrdering.OppositeOrder,
    };

    // "    3  00:00:00.000  second                    starts (spawned at ...)" -> "second starts"
    private static string Action(string line)
    {
        string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return $"{words[2]} {words[3]}";
    }
}
