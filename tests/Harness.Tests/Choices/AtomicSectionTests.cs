using Harness.Interception;

namespace Harness.Tests.Choices;

public sealed class AtomicSectionTests
{
    [Fact]
    public void A_read_interleave_write_without_a_section_loses_an_update()
    {
        var result = ConcurrencyTest.Explore(() => TwoIncrements(atomic: false), Exhaustive());

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void The_same_increment_inside_an_atomic_section_is_never_interleaved()
    {
        var result = ConcurrencyTest.Explore(() => TwoIncrements(atomic: true), Exhaustive());

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void Marked_accesses_inside_atomic_sections_are_not_races()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var box = new int[1];
                Task Add() => Controlled.Run(() =>
                {
                    using (Controlled.Atomic())
                    {
                        Controlled.BeforeRead(box, "box");
                        int value = box[0];
                        Controlled.BeforeWrite(box, "box");
                        box[0] = value + 1;
                    }

                    return Task.CompletedTask;
                });
                await Task.WhenAll(Add(), Add());
                Invariant.Assert(box[0] == 2, "no update is lost");
            },
            Exhaustive());

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void An_await_that_suspends_inside_a_section_is_reported_with_the_fix()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using (Controlled.Atomic())
                {
                    await Task.Yield();
                }
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("suspended at an await inside the atomic section opened at AtomicSectionTests.cs:", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("Fix: move the await out of the using (Controlled.Atomic())", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Awaits_that_complete_at_once_and_choices_are_allowed_inside_a_section()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using (Controlled.Atomic())
                {
                    await Task.CompletedTask;
                    using (Controlled.Atomic())
                    {
                        _ = Controlled.ChooseBool();
                        Controlled.Interleave();
                    }
                }

                await Task.Yield();
            },
            Exhaustive());

        Assert.Null(result.Bug);
        Assert.Equal(2, result.SchedulesExplored);
    }

    [Fact]
    public void A_lock_another_operation_holds_blocks_inside_a_section_and_is_reported()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var gate = new object();
                var holder = Controlled.Run(() =>
                {
                    MonitorCalls.Enter(gate, "Holder.cs:3");
                    Controlled.Interleave();
                    MonitorCalls.Exit(gate, "Holder.cs:5");
                    return Task.CompletedTask;
                }, "holder");
                await Controlled.Run(() =>
                {
                    using (Controlled.Atomic())
                    {
                        MonitorCalls.Enter(gate, "Taker.cs:10");
                        MonitorCalls.Exit(gate, "Taker.cs:11");
                    }

                    return Task.CompletedTask;
                }, "taker");
                await holder;
            },
            Exhaustive());

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("'taker' would block at Taker.cs:10", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("Fix: wait before opening the section", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_run_a_section_does_nothing()
    {
        using var section = Controlled.Atomic();
        Assert.Equal(default, section);
    }

    private static async Task TwoIncrements(bool atomic)
    {
        int total = 0;
        Task Add() => Controlled.Run(() =>
        {
            using (atomic ? Controlled.Atomic() : default)
            {
                int value = total;
                Controlled.Interleave();
                total = value + 1;
            }

            return Task.CompletedTask;
        });
        await Task.WhenAll(Add(), Add());
        Invariant.Assert(total == 2, "no update is lost");
    }

    private static ExplorationOptions Exhaustive() => new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 1000 };
}
