namespace Harness.Tests.Choices;

/// <summary>
/// A lossy link modelled with <see cref="Controlled.ChooseBool"/>: the request and the acknowledgement may each be
/// lost. The buggy client retries a non-idempotent deposit when the acknowledgement is lost, so the server applies
/// it twice; the fixed server remembers request ids. Only a choice, never an interleaving, reaches the bug.
/// </summary>
public sealed class ChoiceTests
{
    [Fact]
    public void Exhaustive_search_enumerates_every_value_of_every_choice()
    {
        var seen = new List<string>();

        var result = ConcurrencyTest.Explore(
            () =>
            {
                seen.Add($"{Controlled.ChooseBool()}/{Controlled.ChooseBool()}");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = 2, Iterations = 100 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
        Assert.Equal(4, result.SchedulesExplored);
        Assert.Equal(["False/False", "False/True", "True/False", "True/True"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Exhaustive_search_of_a_three_way_choice_runs_three_schedules()
    {
        var seen = new List<int>();

        var result = ConcurrencyTest.Explore(
            () =>
            {
                seen.Add(Controlled.Choose(3));
                return Task.CompletedTask;
            },
            new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, Iterations = 100 });

        Assert.Equal(3, result.SchedulesExplored);
        Assert.Equal([0, 1, 2], seen.Order());
    }

    [Theory]
    [InlineData(SchedulingStrategy.Random)]
    [InlineData(SchedulingStrategy.Pct)]
    [InlineData(SchedulingStrategy.Exhaustive)]
    [InlineData(SchedulingStrategy.Portfolio)]
    public void A_retry_after_a_lost_acknowledgement_that_deposits_twice_is_found(SchedulingStrategy strategy)
    {
        var result = ConcurrencyTest.Explore(() => LossyDeposit(idempotent: false), new ExplorationOptions { Strategy = strategy, Seed = 3, Iterations = 200 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("the deposit is applied once", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains(result.Trace, line => line.Contains("chooses 1 of 0..1 at ChoiceTests.cs:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_idempotent_server_survives_every_loss()
    {
        var result = ConcurrencyTest.Explore(() => LossyDeposit(idempotent: true), new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, Iterations = 1000 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void Replaying_the_schedule_reproduces_the_choices_and_the_trace()
    {
        var found = ConcurrencyTest.Explore(() => LossyDeposit(idempotent: false), new ExplorationOptions { Strategy = SchedulingStrategy.Random, Seed = 5, Iterations = 200 });

        var replayed = ConcurrencyTest.Replay(() => LossyDeposit(idempotent: false), found.Schedule);

        Assert.NotNull(found.Bug);
        Assert.Equal(found.Bug!.Summary, replayed.Bug?.Summary);
        Assert.Equal(found.Trace, replayed.Trace);
    }

    [Fact]
    public void A_replay_whose_choice_has_another_number_of_values_diverges_at_the_choice()
    {
        var found = ConcurrencyTest.Explore(() => LossyDeposit(idempotent: false), new ExplorationOptions { Strategy = SchedulingStrategy.Random, Seed = 5, Iterations = 200 });

        var replayed = ConcurrencyTest.Replay(
            () =>
            {
                _ = Controlled.Choose(5);
                return Task.CompletedTask;
            },
            found.Schedule);

        Assert.Null(replayed.Bug);
        Assert.Contains("Replay diverged at step", replayed.ReplayProblem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SchedulingStrategy.Random)]
    [InlineData(SchedulingStrategy.Pct)]
    public void The_same_seed_gives_the_same_choices_for_any_number_of_workers(SchedulingStrategy strategy)
    {
        ExplorationResult Run(int workers) => ConcurrencyTest.Explore(
            () => LossyDeposit(idempotent: false),
            new ExplorationOptions { Strategy = strategy, Seed = 11, Iterations = 200, Workers = workers, Shrink = false });

        var one = Run(1);
        var two = Run(2);

        Assert.NotNull(one.Bug);
        Assert.Equal(one.Schedule, two.Schedule);
        Assert.Equal(one.Iterations, two.Iterations);
        Assert.Equal(one.Trace, two.Trace);
    }

    [Fact]
    public void A_choice_made_in_synchronous_code_after_it_parked_is_explored()
    {
        var seen = new HashSet<int>();

        var result = ConcurrencyTest.Explore(
            async () =>
            {
                await Controlled.Run(() =>
                {
                    Controlled.Interleave();
                    seen.Add(Controlled.Choose(3));
                    return Task.CompletedTask;
                });
            },
            new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, Iterations = 100 });

        Assert.Null(result.Bug);
        Assert.Equal([0, 1, 2], seen.Order());
    }

    [Fact]
    public void Outside_a_run_a_choice_is_a_plain_random_pick()
    {
        Assert.InRange(Controlled.Choose(3), 0, 2);
        Assert.Equal(0, Controlled.Choose(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Controlled.Choose(0));
    }

    private static async Task LossyDeposit(bool idempotent)
    {
        int balance = 0;
        var applied = new HashSet<int>();
        var server = Controlled.Run(async () => await Task.Yield(), "server");

        // The client sends request 1 until it sees an acknowledgement; each message may be lost on the way.
        for (int attempt = 0; attempt < 3; attempt++)
        {
            await Task.Yield();
            bool requestLost = Controlled.ChooseBool();
            if (!requestLost && (!idempotent || applied.Add(1)))
            {
                balance += 10;
            }

            bool ackLost = Controlled.ChooseBool();
            if (!requestLost && !ackLost)
            {
                break;
            }
        }

        await server;
        Invariant.Assert(balance <= 10, "the deposit is applied once");
    }
}
