using System.Diagnostics;
using Harness.Interception;
using Harness.Time;

namespace Harness.Tests.Interception;

/// <summary>The BCL's clock reads in rewritten code: the virtual clock inside a run, the real one outside (issue 17).</summary>
public sealed class ClockCallsTests
{
    private static readonly ExplorationOptions Once = new() { Iterations = 1 };

    [Fact]
    public void Inside_a_run_every_clock_starts_at_the_documented_instant_and_moves_with_virtual_time()
    {
        var readings = new List<object>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            readings.Clear();
            readings.Add(ClockCalls.DateTimeUtcNow("Clock.cs:1"));
            readings.Add(ClockCalls.DateTimeOffsetUtcNow("Clock.cs:2"));
            readings.Add(ClockCalls.TickCount64("Clock.cs:3"));
            await Task.Delay(TimeSpan.FromMinutes(5), Controlled.Time);
            readings.Add(ClockCalls.DateTimeUtcNow("Clock.cs:5"));
            readings.Add(ClockCalls.TickCount("Clock.cs:6"));
            readings.Add(ClockCalls.DateTimeNow("Clock.cs:7").ToUniversalTime());
            readings.Add(ClockCalls.DateTimeOffsetNow("Clock.cs:8").UtcDateTime);
        }, Once);

        Assert.Null(result.Bug);
        var start = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(start, readings[0]);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)readings[0]).Kind);
        Assert.Equal(new DateTimeOffset(start), readings[1]);
        Assert.Equal((long)VirtualClock.Uptime.TotalMilliseconds, readings[2]);
        Assert.Equal(start.AddMinutes(5), readings[3]);
        Assert.Equal((int)(VirtualClock.Uptime + TimeSpan.FromMinutes(5)).TotalMilliseconds, readings[4]);
        Assert.Equal(start.AddMinutes(5), readings[5]);
        Assert.Equal(start.AddMinutes(5), readings[6]);
    }

    [Fact]
    public void A_stopwatch_started_inside_a_run_measures_virtual_time_and_stops_and_restarts_as_dotnet_does()
    {
        var seen = new List<TimeSpan>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            seen.Clear();
            var watch = StopwatchCalls.StartNew("Watch.cs:1");
            long stamp = StopwatchCalls.GetTimestamp("Watch.cs:2");
            await Task.Delay(TimeSpan.FromSeconds(3), Controlled.Time);
            seen.Add(StopwatchCalls.Elapsed(watch, "Watch.cs:4"));
            seen.Add(StopwatchCalls.GetElapsedTime(stamp, "Watch.cs:5"));
            StopwatchCalls.Stop(watch, "Watch.cs:6");
            await Task.Delay(TimeSpan.FromSeconds(10), Controlled.Time);
            seen.Add(TimeSpan.FromMilliseconds(StopwatchCalls.ElapsedMilliseconds(watch, "Watch.cs:8")));
            seen.Add(TimeSpan.FromSeconds(StopwatchCalls.ElapsedTicks(watch, "Watch.cs:9") / (double)Stopwatch.Frequency));
            StopwatchCalls.Restart(watch, "Watch.cs:10");
            await Task.Delay(TimeSpan.FromSeconds(1), Controlled.Time);
            seen.Add(StopwatchCalls.Elapsed(watch, "Watch.cs:12"));
            Invariant.Assert(StopwatchCalls.IsRunning(watch, "Watch.cs:13"), "a restarted stopwatch runs");
        }, Once);

        Assert.Null(result.Bug);
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1)], seen);
    }

    [Fact]
    public void A_stopwatch_started_outside_a_run_keeps_real_time_when_read_inside_one()
    {
        var real = StopwatchCalls.StartNew("Watch.cs:1");
        Assert.Null(VirtualStopwatch.Of(real));
        bool virtualInside = true;
        var result = ConcurrencyTest.Explore(() =>
        {
            StopwatchCalls.Start(real, "Watch.cs:4");
            virtualInside = VirtualStopwatch.Of(real) is not null;
            return Task.CompletedTask;
        }, Once);

        Assert.Null(result.Bug);
        Assert.False(virtualInside);
        Assert.True(StopwatchCalls.IsRunning(real, "Watch.cs:9"));
    }

    [Fact]
    public void Outside_a_run_the_clock_targets_return_the_real_values()
    {
        var before = DateTime.UtcNow;
        var read = ClockCalls.DateTimeUtcNow("Clock.cs:1");
        Assert.InRange(read, before, DateTime.UtcNow);
        Assert.True(ClockCalls.DateTimeOffsetUtcNow("Clock.cs:2").Year > 2020);
        Assert.True(StopwatchCalls.GetTimestamp("Clock.cs:3") > 0);
        Assert.True(ClockCalls.TickCount64("Clock.cs:4") > 0);
    }
}
