using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class SpinTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = 2, Iterations = 1000 };

    [Fact]
    public void Spin_until_returns_once_another_operation_made_the_condition_true()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                bool ready = false;
                var setter = Controlled.Run(async () => { await Task.Yield(); ready = true; });
                Invariant.Assert(SpinWaitCalls.SpinUntil(() => ready, TimeSpan.FromSeconds(1), "Spin.cs:6"), "the flag was seen");
                SpinWaitCalls.SpinUntil(() => setter.IsCompleted, "Spin.cs:7");
                await setter;
            },
            new ExplorationOptions { Iterations = 100, Seed = 4, Strategy = SchedulingStrategy.Random });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Spin_until_nobody_ends_times_out_on_the_virtual_clock()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var start = Controlled.Time.GetUtcNow();
                outcomes.Add(SpinWaitCalls.SpinUntil(() => false, 0, "Spin.cs:4"));
                outcomes.Add(SpinWaitCalls.SpinUntil(() => false, TimeSpan.FromMinutes(5), "Spin.cs:5"));
                outcomes.Add(Controlled.Time.GetUtcNow() - start);
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([false, false, TimeSpan.FromMinutes(5)], outcomes);
    }

    [Fact]
    public void Spin_once_counts_its_spins_as_dotnet_does()
    {
        var real = default(SpinWait);
        for (int i = 0; i < 12; i++)
        {
            real.SpinOnce(-1);
        }

        (int Count, bool Yields) controlled = default;
        var result = ConcurrencyTest.Explore(
            () =>
            {
                var spinner = default(SpinWait);
                for (int i = 0; i < 12; i++)
                {
                    SpinWaitCalls.SpinOnce(ref spinner, "Spin.cs:6");
                }

                controlled = (spinner.Count, spinner.NextSpinWillYield);
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal((real.Count, real.NextSpinWillYield), controlled);
    }

    [Fact]
    public void A_spin_lock_that_checks_then_sets_lets_two_operations_in()
    {
        var result = ConcurrencyTest.Explore(() => TwoInSpinLock(atomic: false), Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("one holder at a time", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spin_lock_taken_with_compare_exchange_is_clean()
    {
        var result = ConcurrencyTest.Explore(() => TwoInSpinLock(atomic: true), Exhaustive);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_spin_wait_between_a_read_and_its_write_is_a_scheduling_point()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                int total = 0;
                Task Add() => Controlled.Run(() =>
                {
                    int read = total;
                    ThreadCalls.SpinWait(20, "Spin.cs:7");
                    total = read + 1;
                    return Task.CompletedTask;
                });
                await Task.WhenAll(Add(), Add());
                Invariant.Assert(total == 2, "no update is lost");
            },
            Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    private static async Task TwoInSpinLock(bool atomic)
    {
        int taken = 0;
        int inside = 0;
        Task Worker() => Controlled.Run(() =>
        {
            var spinner = default(SpinWait);
            while (!TryTake())
            {
                SpinWaitCalls.SpinOnce(ref spinner, "SpinLock.cs:9");
            }

            inside++;
            Controlled.Interleave();
            Invariant.Assert(inside == 1, "one holder at a time");
            inside--;
            Volatile.Write(ref taken, 0);
            return Task.CompletedTask;
        });

        bool TryTake()
        {
            if (atomic)
            {
                return Interlocked.CompareExchange(ref taken, 1, 0) == 0;
            }

            if (Volatile.Read(ref taken) != 0)
            {
                return false;
            }

            Controlled.Interleave();
            Volatile.Write(ref taken, 1);
            return true;
        }

        await Task.WhenAll(Worker(), Worker());
    }
}
