namespace Harness.Tests.Time;

public sealed class VirtualTimeTests
{
    private static readonly DateTimeOffset Start = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_one_hour_delay_moves_the_virtual_clock_by_exactly_one_hour()
    {
        DateTimeOffset after = default;
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Task.Delay(TimeSpan.FromHours(1), Controlled.Time);
            after = Controlled.Time.GetUtcNow();
        }, new ExplorationOptions { Iterations = 5 });

        Assert.Null(result.Bug);
        Assert.Equal(Start.AddHours(1), after);
    }

    [Fact]
    public void A_cancellation_token_source_with_a_timeout_cancels_at_the_virtual_deadline()
    {
        TimeSpan cancelledAt = default;
        var result = ConcurrencyTest.Explore(async () =>
        {
            var started = Controlled.Time.GetTimestamp();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), Controlled.Time);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(TimeSpan.FromHours(1), Controlled.Time, timeout.Token));
            cancelledAt = Controlled.Time.GetElapsedTime(started);
        });

        Assert.Null(result.Bug);
        Assert.Equal(TimeSpan.FromSeconds(30), cancelledAt);
    }

    [Fact]
    public void Cancel_after_can_be_moved_and_the_last_deadline_wins()
    {
        DateTimeOffset cancelledAt = default;
        var result = ConcurrencyTest.Explore(async () =>
        {
            // CancelAfter uses the clock the source was created with.
            using var cts = new CancellationTokenSource(Timeout.InfiniteTimeSpan, Controlled.Time);
            using var registration = cts.Token.Register(() => cancelledAt = Controlled.Time.GetUtcNow());
            cts.CancelAfter(TimeSpan.FromSeconds(10));
            await Task.Delay(TimeSpan.FromSeconds(5), Controlled.Time);
            cts.CancelAfter(TimeSpan.FromSeconds(20));
            await Task.Delay(TimeSpan.FromMinutes(1), Controlled.Time);
        });

        Assert.Null(result.Bug);
        Assert.Equal(Start.AddSeconds(25), cancelledAt);
    }

    [Fact]
    public void Wait_async_with_a_timeout_throws_at_the_virtual_deadline()
    {
        DateTimeOffset failedAt = default;
        var result = ConcurrencyTest.Explore(async () =>
        {
            var never = new TaskCompletionSource();
            await Assert.ThrowsAsync<TimeoutException>(() => never.Task.WaitAsync(TimeSpan.FromSeconds(3), Controlled.Time));
            failedAt = Controlled.Time.GetUtcNow();
        });

        Assert.Null(result.Bug);
        Assert.Equal(Start.AddSeconds(3), failedAt);
    }

    [Fact]
    public void A_periodic_timer_ticks_at_each_virtual_period()
    {
        var ticks = new List<DateTimeOffset>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            ticks.Clear();
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2), Controlled.Time);
            while (ticks.Count < 3 && await timer.WaitForNextTickAsync())
            {
                ticks.Add(Controlled.Time.GetUtcNow());
            }
        }, new ExplorationOptions { Iterations = 10 });

        Assert.Null(result.Bug);
        Assert.Equal([Start.AddSeconds(2), Start.AddSeconds(4), Start.AddSeconds(6)], ticks);
    }

    [Fact]
    public void Timers_due_at_the_same_instant_fire_in_both_orders_across_schedules()
    {
        var orders = new HashSet<string>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            string order = "";
            await Task.WhenAll(
                Controlled.Run(async () => { await Task.Delay(TimeSpan.FromSeconds(1), Controlled.Time); order += "a"; }),
                Controlled.Run(async () => { await Task.Delay(TimeSpan.FromSeconds(1), Controlled.Time); order += "b"; }));
            orders.Add(order);
        }, new ExplorationOptions { Iterations = 100 });

        Assert.Null(result.Bug);
        Assert.Equal(["ab", "ba"], orders.Order());
    }

    [Fact]
    public void A_cancellation_token_source_never_disposed_leaks_its_timer()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var forgotten = new CancellationTokenSource(TimeSpan.FromMinutes(5), Controlled.Time);
            await Task.Yield();
        });

        Assert.Equal(BugKind.LeakedTimer, result.Bug?.Kind);
        Assert.Contains("00:05:00.000", result.Bug!.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_harness_run_the_controlled_clock_is_the_system_clock()
    {
        Assert.False(Controlled.IsActive);
        Assert.Equal(TimeProvider.System.LocalTimeZone, Controlled.Time.LocalTimeZone);
        Assert.Equal(TimeProvider.System.TimestampFrequency, Controlled.Time.TimestampFrequency);
        using var timer = Controlled.Time.CreateTimer(_ => { }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Assert.Equal(TimeProvider.System.CreateTimer(_ => { }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan).GetType(), timer.GetType());
        Assert.True(Controlled.Time.GetUtcNow() > Start.AddYears(20));
    }
}
