using Harness;
using Harness.Xunit;
using Scenarios.Plain.Telemetry;

namespace Scenarios.Plain.Tests.Telemetry;

/// <summary>
/// P07 with <c>await foreach (... in reader.ReadAllAsync())</c>: rewritten, a writer waking the waiting reader is a
/// controlled step instead of a wake-up on the global thread pool.
/// </summary>
public sealed class ReadingsPumpFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.LeakedTask)]
    public Task Consumer_of_a_channel_nobody_completes_is_left_waiting() => Pump(new ReadingsPump(completeWhenDone: false));

    [ConcurrencyFact]
    public Task Consumer_of_a_completed_channel_drains_it_and_ends() => Pump(new ReadingsPump(completeWhenDone: true));

    [Fact]
    public void Every_schedule_of_the_fixed_pump_is_controlled_and_sums_every_reading()
    {
        var pump = default(ReadingsPump);
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                pump = new ReadingsPump(completeWhenDone: true);
                await await pump.PumpAsync(4, 5, 6);
                Invariant.Assert(pump.Total == 15, "every reading is summed");
            },
            new ExplorationOptions { Strategy = SchedulingStrategy.Random, Iterations = 300 });

        Assert.Null(result.Bug);
        Assert.Equal(300, result.Iterations);
    }

    [Fact]
    public void The_leak_names_the_consumer_waiting_in_ReadAllAsync()
    {
        var result = ConcurrencyTest.Explore(() => Pump(new ReadingsPump(completeWhenDone: false)));

        Assert.Equal(BugKind.LeakedTask, result.Bug?.Kind);
        Assert.Contains("ReadingsPump.ConsumeAsync", result.Bug!.ToString(), StringComparison.Ordinal);
    }

    private static async Task Pump(ReadingsPump pump) => _ = await pump.PumpAsync(4, 5, 6);
}
