using Harness.Interception;

namespace Harness.Tests.Hybrid;

public sealed class WaitHandleTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 3000 };

    [Fact]
    public void Waits_on_unset_events_return_what_dotnet_returns_after_virtual_timeouts()
    {
        var outcomes = new List<object>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var manual = new ManualResetEvent(false);
                using var auto = new AutoResetEvent(false);
                var start = Controlled.Time.GetUtcNow();
                outcomes.Add(WaitHandleCalls.WaitOne(manual, 0, "Events.cs:6"));
                outcomes.Add(WaitHandleCalls.WaitAny([manual, auto], 0, "Events.cs:7"));
                outcomes.Add(WaitHandleCalls.WaitOne(auto, TimeSpan.FromSeconds(2), "Events.cs:8"));
                outcomes.Add(WaitHandleCalls.WaitAll([manual, auto], 3000, "Events.cs:9"));
                outcomes.Add(WaitHandleCalls.WaitAny([manual, auto], TimeSpan.FromSeconds(5), "Events.cs:10"));
                outcomes.Add(Controlled.Time.GetUtcNow() - start);
                auto.Set();
                outcomes.Add(WaitHandleCalls.WaitAny([manual, auto], 0, "Events.cs:13"));
                outcomes.Add(WaitHandleCalls.WaitOne(auto, 0, "Events.cs:14"));
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal([false, WaitHandle.WaitTimeout, false, false, WaitHandle.WaitTimeout, TimeSpan.FromSeconds(10), 1, false], outcomes);
    }

    [Fact]
    public void A_set_wakes_every_manual_reset_waiter_but_only_one_auto_reset_waiter()
    {
        var woken = new List<string>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var manual = new ManualResetEvent(false);
                using var auto = new AutoResetEvent(false);
                woken.Clear();
                Task Waiter(WaitHandle handle, string name) => Controlled.Run(() =>
                {
                    if (WaitHandleCalls.WaitOne(handle, 1000, "Events.cs:9"))
                    {
                        woken.Add(name);
                    }

                    return Task.CompletedTask;
                });
                var waiters = new[] { Waiter(manual, "m1"), Waiter(manual, "m2"), Waiter(auto, "a1"), Waiter(auto, "a2") };
                await Task.Yield();
                manual.Set();
                auto.Set();
                await Task.WhenAll(waiters);
                Invariant.Assert(woken.Count(name => name[0] == 'm') == 2 && woken.Count(name => name[0] == 'a') == 1, "manual wakes all, auto one");
            },
            new ExplorationOptions { Iterations = 200, Seed = 6, Strategy = SchedulingStrategy.Random });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Wait_all_takes_the_handles_together_once_all_are_signalled()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var first = new AutoResetEvent(false);
                using var second = new ManualResetEvent(false);
                var setter = Controlled.Run(async () =>
                {
                    first.Set();
                    await Task.Yield();
                    second.Set();
                });
                Invariant.Assert(WaitHandleCalls.WaitAll([first, second], "Events.cs:11"), "all signalled");
                Invariant.Assert(!WaitHandleCalls.WaitOne(first, 0, "Events.cs:12"), "the auto-reset signal was taken");
                await setter;
            },
            Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void A_consumer_that_resets_a_manual_reset_event_loses_a_wake_up_and_deadlocks()
    {
        var result = ConcurrencyTest.Explore(() => TwoItems(counted: false), Exhaustive);

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("Queue.cs:12", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_counting_semaphore_handle_keeps_every_wake_up()
    {
        var result = ConcurrencyTest.Explore(() => TwoItems(counted: true), Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void A_handle_disposed_while_a_wait_is_blocked_throws_in_the_waiter_not_in_the_scheduler()
    {
        Exception? thrown = null;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var signal = new ManualResetEvent(false);
                var waiter = Controlled.Run(() =>
                {
                    thrown = Record.Exception(() => WaitHandleCalls.WaitOne(signal, "Events.cs:8"));
                    return Task.CompletedTask;
                });
                await Task.Yield();
                signal.Dispose();
                await waiter;
            },
            new ExplorationOptions { Iterations = 20, Seed = 1, Strategy = SchedulingStrategy.Random });

        Assert.Null(result.Bug);
        Assert.IsType<ObjectDisposedException>(thrown);
    }

    private static async Task TwoItems(bool counted)
    {
        using var itemReady = new ManualResetEvent(false);
        using var items = new Semaphore(0, 2);
        int produced = 0;
        var consumer = Controlled.Run(() =>
        {
            for (int consumed = 0; consumed < 2; consumed++)
            {
                WaitHandleCalls.WaitOne(counted ? items : itemReady, "Queue.cs:12");
                if (!counted)
                {
                    itemReady.Reset();
                }
            }

            return Task.CompletedTask;
        }, "consumer");
        for (int i = 0; i < 2; i++)
        {
            produced++;
            if (counted)
            {
                items.Release();
            }
            else
            {
                itemReady.Set();
            }

            Controlled.Interleave();
        }

        await consumer;
        Invariant.Assert(produced == 2, "both items were produced");
    }
}
