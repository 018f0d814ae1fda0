using Harness;
using Harness.Xunit;
using Scenarios.Plain.Metering;

namespace Scenarios.Plain.Tests.Metering;

/// <summary>Issue 12: a dedicated thread (new Thread, Start, Join) in plain code, controlled through rewriting.</summary>
public sealed class MeterRoomFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.DataRace)]
    public Task Unguarded_meter_races_with_its_reader_thread()
    {
        Assert.Equal(8, MeterRoom.RecordWithReaderThread(new UsageMeter()));
        return Task.CompletedTask;
    }

    [ConcurrencyFact]
    public Task Locked_meter_keeps_both_readings()
    {
        Assert.Equal(8, MeterRoom.RecordWithReaderThread(new LockedUsageMeter()));
        return Task.CompletedTask;
    }

    [Fact]
    public void The_race_names_the_reader_thread_by_its_name()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            MeterRoom.RecordWithReaderThread(new UsageMeter());
            return Task.CompletedTask;
        });

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("meter reader", result.Bug!.Operations);
        Assert.Contains("UsageMeter.units", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_thread_nobody_stops_is_a_leak_that_says_to_join_it()
    {
        var result = ConcurrencyTest.Explore(() =>
        {
            MeterRoom.StartReaderWithoutStopping(new LockedUsageMeter());
            return Task.CompletedTask;
        });

        Assert.Equal(BugKind.LeakedTask, result.Bug?.Kind);
        Assert.Contains("meter reader", result.Bug!.Operations);
        Assert.Contains("Join every Thread you start", result.Bug.Summary, StringComparison.Ordinal);
    }
}
