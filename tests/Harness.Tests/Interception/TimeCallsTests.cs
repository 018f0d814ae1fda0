using Harness.Interception;

namespace Harness.Tests.Interception;

public sealed class TimeCallsTests
{
    private static readonly DateTimeOffset Start = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_cancellation_token_source_made_with_a_delay_cancels_at_the_virtual_deadline()
    {
        DateTimeOffset cancelledAt = default;
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var timeout = CancellationTokenSourceCalls.Create(2000, "Lookup.cs:20");
            await Assert.ThrowsAsync<TaskCanceledException>(() => Task.Delay(Timeout.InfiniteTimeSpan, Controlled.Time, timeout.Token));
            cancelledAt = Controlled.Time.GetUtcNow();
        }, new ExplorationOptions { Iterations = 10 });

        Assert.Null(result.Bug);
        Assert.Equal(Start.AddSeconds(2), cancelledAt);
    }

    [Fact]
    public void A_plain_cancellation_token_source_gets_a_virtual_CancelAfter_and_leaves_no_timer_when_never_armed()
    {
        DateTimeOffset cancelledAt = default;
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var idle = CancellationTokenSourceCalls.Create("Lookup.cs:30");
            using var source = CancellationTokenSourceCalls.Create("Lookup.cs:31");
            source.CancelAfter(TimeSpan.FromMinutes(10));
            await Assert.ThrowsAsync<TaskCanceledException>(() => Task.Delay(Timeout.InfiniteTimeSpan, Controlled.Time, source.Token));
            cancelledAt = Controlled.Time.GetUtcNow();
        }, new ExplorationOptions { Iterations = 10 });

        Assert.Null(result.Bug);
        Assert.Equal(Start.AddMinutes(10), cancelledAt);
    }

    [Fact]
    public void A_semaphore_wait_with_a_timeout_gives_up_on_the_virtual_clock_without_taking_the_count()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var gate = new SemaphoreSlim(0, 1);
            bool entered = await SemaphoreSlimCalls.WaitAsync(gate, 100, "Gate.cs:7");
            Invariant.Assert(!entered, "the wait timed out");
            Invariant.Assert(Controlled.Time.GetUtcNow() == Start.AddMilliseconds(100), "after 100 virtual ms");
            gate.Release();
            Invariant.Assert(await SemaphoreSlimCalls.WaitAsync(gate, TimeSpan.FromSeconds(1), "Gate.cs:11"), "a free gate is entered");
        }, new ExplorationOptions { Iterations = 10 });

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_periodic_timer_ticks_on_the_virtual_clock()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            using var ticker = PeriodicTimerCalls.Create(TimeSpan.FromMinutes(1), "Ticker.cs:5");
            await ticker.WaitForNextTickAsync();
            await ticker.WaitForNextTickAsync();
            Invariant.Assert(Controlled.Time.GetUtcNow() == Start.AddMinutes(2), "two ticks, two virtual minutes");
        }, new ExplorationOptions { Iterations = 10 });

        Assert.Null(result.Bug);
    }
}
