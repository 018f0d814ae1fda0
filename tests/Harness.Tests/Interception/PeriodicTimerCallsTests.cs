using Harness.Interception;
using Harness.Time;

namespace Harness.Tests.Interception;

/// <summary><c>new PeriodicTimer(period)</c> in rewritten code: the BCL's PeriodicTimer on the virtual clock (issue 12).</summary>
public sealed class PeriodicTimerCallsTests
{
    private static readonly ExplorationOptions Few = new() { Iterations = 10 };

    [Fact]
    public void Setting_the_period_of_a_running_timer_moves_the_next_tick()
    {
        var ticks = new List<TimeSpan>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            ticks.Clear();
            using var ticker = PeriodicTimerCalls.Create(TimeSpan.FromMinutes(1), "Ticker.cs:1");
            await ticker.WaitForNextTickAsync();
            ticks.Add(Controlled.Time.GetUtcNow() - VirtualClock.Epoch);
            ticker.Period = TimeSpan.FromSeconds(10);
            await ticker.WaitForNextTickAsync();
            ticks.Add(Controlled.Time.GetUtcNow() - VirtualClock.Epoch);
        }, Few);

        Assert.Null(result.Bug);
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(70)], ticks);
    }

    [Fact]
    public void Ticks_missed_while_nobody_waited_count_as_one_as_in_dotnet()
    {
        var ticks = new List<TimeSpan>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            ticks.Clear();
            using var ticker = PeriodicTimerCalls.Create(TimeSpan.FromSeconds(1), "Ticker.cs:1");
            await Task.Delay(TimeSpan.FromSeconds(5.5), Controlled.Time);
            await ticker.WaitForNextTickAsync();
            ticks.Add(Controlled.Time.GetUtcNow() - VirtualClock.Epoch);
            await ticker.WaitForNextTickAsync();
            ticks.Add(Controlled.Time.GetUtcNow() - VirtualClock.Epoch);
        }, Few);

        Assert.Null(result.Bug);
        Assert.Equal([TimeSpan.FromSeconds(5.5), TimeSpan.FromSeconds(6)], ticks);
    }

    [Fact]
    public void A_periodic_timer_never_disposed_is_a_leaked_timer_and_a_disposed_one_is_clean()
    {
        var leaked = ConcurrencyTest.Explore(() =>
        {
            _ = PeriodicTimerCalls.Create(TimeSpan.FromHours(1), "Ticker.cs:1");
            return Task.CompletedTask;
        }, Few);
        var disposed = ConcurrencyTest.Explore(() =>
        {
            PeriodicTimerCalls.Create(TimeSpan.FromHours(1), "Ticker.cs:1").Dispose();
            return Task.CompletedTask;
        }, Few);

        Assert.Equal(BugKind.LeakedTimer, leaked.Bug?.Kind);
        Assert.Null(disposed.Bug);
    }

    [Fact]
    public void A_zero_period_throws_what_dotnet_throws_inside_a_run()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => PeriodicTimerCalls.Create(TimeSpan.Zero, "Ticker.cs:1"));
            return Task.CompletedTask;
        }, new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
    }
}
