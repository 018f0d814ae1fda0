using Harness.Tests.Programs;

namespace Harness.Tests.Exploration;

/// <summary>Workers split the numbered iterations; what they report must be exactly what one thread reports.</summary>
public sealed class ParallelExplorationTests
{
    public static TheoryData<SchedulingStrategy, ulong> StrategiesAndSeeds => new()
    {
        { SchedulingStrategy.Random, 1 },
        { SchedulingStrategy.Random, 9 },
        { SchedulingStrategy.Pct, 4 },
        { SchedulingStrategy.Portfolio, 2 },
        { SchedulingStrategy.Portfolio, 7 },
        { SchedulingStrategy.Pos, 6 },
        { SchedulingStrategy.Surw, 5 },
    };

    [Theory]
    [MemberData(nameof(StrategiesAndSeeds))]
    public void Parallel_and_serial_runs_report_the_same_bug_schedule_and_trace(SchedulingStrategy strategy, ulong seed)
    {
        // Fails in one of the twenty orders only, so the bug is rarely in the first iterations.
        var body = TwoByTwo.FailingOnlyIn("abbaab");
        var options = new ExplorationOptions { Strategy = strategy, Seed = seed, Iterations = 2000 };

        var serial = ConcurrencyTest.Explore(body, options);
        var parallel = ConcurrencyTest.Explore(body, options with { Workers = 3 });

        Assert.NotNull(serial.Bug);
        Assert.True(serial.Iterations > 6, $"found in iteration {serial.Iterations}: too early for the workers to have split anything");
        Assert.Equal(serial.Bug.ToString(), parallel.Bug?.ToString());
        Assert.Equal(serial.Schedule, parallel.Schedule);
        Assert.Equal(serial.OriginalSchedule, parallel.OriginalSchedule);
        Assert.Equal(serial.Trace, parallel.Trace);
        Assert.Equal(serial.Iterations, parallel.Iterations);
        Assert.Equal(serial.TotalSteps, parallel.TotalSteps);
        Assert.Equal(serial.Coverage, parallel.Coverage);
    }

    [Theory]
    [InlineData(SchedulingStrategy.Random)]
    [InlineData(SchedulingStrategy.Pct)]
    [InlineData(SchedulingStrategy.Portfolio)]
    [InlineData(SchedulingStrategy.Pos)]
    [InlineData(SchedulingStrategy.Surw)]
    public void Parallel_and_serial_runs_of_a_correct_program_cover_the_same_schedules(SchedulingStrategy strategy)
    {
        var options = new ExplorationOptions { Strategy = strategy, Seed = 3, Iterations = 600 };

        var serial = ConcurrencyTest.Explore(Counters.Guarded, options);
        var parallel = ConcurrencyTest.Explore(Counters.Guarded, options with { Workers = 2 });

        Assert.Null(parallel.Bug);
        Assert.Equal(serial.Iterations, parallel.Iterations);
        Assert.Equal(serial.TotalSteps, parallel.TotalSteps);
        Assert.Equal(serial.SearchSpaceExhausted, parallel.SearchSpaceExhausted);
        Assert.Equal(serial.Coverage, parallel.Coverage);
    }

    [Fact]
    public void Workers_zero_means_one_per_processor_and_still_matches_a_serial_run()
    {
        var options = new ExplorationOptions { Strategy = SchedulingStrategy.Random, Seed = 9, Iterations = 2000 };

        var serial = ConcurrencyTest.Explore(TwoByTwo.FailingOnlyIn("babbaa"), options);
        var perProcessor = ConcurrencyTest.Explore(TwoByTwo.FailingOnlyIn("babbaa"), options with { Workers = 0 });

        Assert.Equal(serial.Schedule, perProcessor.Schedule);
        Assert.Equal(serial.Iterations, perProcessor.Iterations);
    }
}
