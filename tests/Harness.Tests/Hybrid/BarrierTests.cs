using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class BarrierTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 20_000 };

    [Fact]
    public void Participants_pass_each_phase_together_and_the_last_one_runs_the_post_phase_action_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(() => PartialSums(sumAfterTheBarrier: true), Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void Summing_the_partial_results_before_the_barrier_misses_one()
    {
        var result = ConcurrencyTest.Explore(() => PartialSums(sumAfterTheBarrier: false), Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("every partial sum is counted", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participant_that_never_arrives_is_a_deadlock_at_the_barrier()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var barrier = new Barrier(3);
                Task Worker(string name) => Controlled.Run(() =>
                {
                    BarrierCalls.SignalAndWait(barrier, "Stage.cs:6");
                    return Task.CompletedTask;
                }, name);
                await Task.WhenAll(Worker("first"), Worker("second"));
            },
            new ExplorationOptions { Iterations = 10, Seed = 5 });

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("waits at Stage.cs:6 for a Barrier phase 0 that 1 more participant(s) never reach", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timed_signal_takes_its_arrival_back_on_the_virtual_clock_and_removing_a_participant_lets_the_others_go()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var barrier = new Barrier(2);
                var start = Controlled.Time.GetUtcNow();
                outcomes.Add(BarrierCalls.SignalAndWait(barrier, TimeSpan.FromMilliseconds(100), "Stage.cs:5"));
                outcomes.Add(Controlled.Time.GetUtcNow() - start);
                outcomes.Add(BarrierCalls.ParticipantsRemaining(barrier, "Stage.cs:7"));
                var leaver = Controlled.Run(() =>
                {
                    barrier.RemoveParticipant();
                    return Task.CompletedTask;
                }, "leaver");
                outcomes.Add(BarrierCalls.SignalAndWait(barrier, 1000, "Stage.cs:13"));
                outcomes.Add(BarrierCalls.CurrentPhaseNumber(barrier, "Stage.cs:14"));
                await leaver;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([false, TimeSpan.FromMilliseconds(100), 2, true, 1L], outcomes);
    }

    [Fact]
    public void A_failing_post_phase_action_throws_BarrierPostPhaseException_in_every_participant_and_the_phase_still_ends()
    {
        var thrown = new List<Exception?>();
        long phase = -1;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                thrown.Clear();
                var barrier = new Barrier(2, _ => throw new InvalidOperationException("boom"));
                Task Worker() => Controlled.Run(() =>
                {
                    var exception = Record.Exception(() => BarrierCalls.SignalAndWait(barrier, "Stage.cs:7"));
                    thrown.Add(exception);

                    return Task.CompletedTask;
                });
                await Task.WhenAll(Worker(), Worker());
                phase = BarrierCalls.CurrentPhaseNumber(barrier, "Stage.cs:15");
            },
            new ExplorationOptions { Iterations = 20, Seed = 2, Strategy = SchedulingStrategy.Random });

        Assert.Null(result.Bug);
        Assert.Equal(2, thrown.Count);
        Assert.All(thrown, exception => Assert.Equal("boom", Assert.IsType<BarrierPostPhaseException>(exception).InnerException?.Message));
        Assert.Equal(1, phase);
    }

    private static async Task PartialSums(bool sumAfterTheBarrier)
    {
        var partials = new int[3];
        var phasesSeen = new List<long>();
        var barrier = new Barrier(3, b => phasesSeen.Add(BarrierCalls.CurrentPhaseNumber(b, "Sums.cs:4")));
        Task Worker(int index) => Controlled.Run(() =>
        {
            partials[index] = index + 1;
            int total = sumAfterTheBarrier ? 0 : partials.Sum();
            BarrierCalls.SignalAndWait(barrier, "Sums.cs:10");
            total = sumAfterTheBarrier ? partials.Sum() : total;
            Invariant.Assert(total == 6, "every partial sum is counted");
            BarrierCalls.SignalAndWait(barrier, "Sums.cs:13");
            return Task.CompletedTask;
        }, "worker" + index);
        await Task.WhenAll(Worker(0), Worker(1), Worker(2));
        Invariant.Assert(phasesSeen.SequenceEqual([0L, 1L]) && BarrierCalls.CurrentPhaseNumber(barrier, "Sums.cs:17") == 2, "each phase ran the action once, in order");
    }

    [Fact]
    public void The_private_fields_the_model_reads_still_exist_in_this_dotnet()
    {
        var barrier = new Barrier(1, _ => { });
        barrier.Dispose();

        Assert.IsType<Action<Barrier>>(Harness.Hybrid.ControlledBarriers.ActionField?.GetValue(barrier));
        Assert.Equal(true, Harness.Hybrid.ControlledBarriers.DisposedField?.GetValue(barrier));
    }

    [Fact]
    public void Signalling_a_disposed_barrier_throws_ObjectDisposedException_as_in_dotnet()
    {
        Exception? thrown = null;
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var barrier = new Barrier(1);
                barrier.Dispose();
                thrown = Record.Exception(() => BarrierCalls.SignalAndWait(barrier, "Stage.cs:5"));
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal("Cannot access a disposed object.\nObject name: 'System.Threading.Barrier'.", Assert.IsType<ObjectDisposedException>(thrown).Message.ReplaceLineEndings("\n"));
    }
}
