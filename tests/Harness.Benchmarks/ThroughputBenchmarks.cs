namespace Harness.Benchmarks;

/// <summary>Iterations per second of the fixed lost-update test, and its cost against the same body uncontrolled.</summary>
internal static class ThroughputBenchmarks
{
    /// <summary>How long one measurement runs; five of them per figure, after a warm-up.</summary>
    public static readonly TimeSpan MeasurementTime = TimeSpan.FromSeconds(1.5);

    public static void Run(UncontrolledBaseline baseline)
    {
        double controlled2 = Measure.MedianSecondsPerUnit(Controlled(2), probeCount: 2_000, MeasurementTime);
        Measure.Print("lost-update-2x10", Measure.Format(1 / controlled2, "0") + " iterations/s");

        double controlled8 = Measure.MedianSecondsPerUnit(Controlled(8), probeCount: 500, MeasurementTime);
        Measure.Print("lost-update-8x10", Measure.Format(1 / controlled8, "0") + " iterations/s");

        double sync2 = Measure.MedianSecondsPerUnit(Controlled(SyncCounterBody.WithOperations(2), "synchronous counter"), probeCount: 200, MeasurementTime);
        Measure.Print("sync-counter-2x10", Measure.Format(1 / sync2, "0") + " iterations/s");

        Measure.Print("overhead-vs-uncontrolled-2x10", Measure.Format(controlled2 / baseline.SecondsPerIteration, "0.00") + "x");
        Console.Error.WriteLine($"  (2x10 per iteration: controlled {Measure.Format(controlled2 * 1e6, "0.0")} us, uncontrolled {Measure.Format(baseline.SecondsPerIteration * 1e6, "0.0")} us)");

        // One worker per processor on the same test: the speed-up a long campaign gets from Workers = 0.
        double parallel2 = Measure.MedianSecondsPerUnit(Controlled(2, workers: 0), probeCount: 4_000, MeasurementTime);
        Measure.Print($"lost-update-2x10-workers-{Environment.ProcessorCount}", Measure.Format(1 / parallel2, "0") + " iterations/s");
        Measure.Print("parallel-speedup-2x10", Measure.Format(controlled2 / parallel2, "0.00") + "x");

        // Issue 18: the same bodies under Coyote, in this process run, so both engines see the same machine load.
        CoyoteThroughput.Run(controlled2, controlled8);
    }

    /// <summary>One exploration of <c>count</c> iterations, random strategy, untraced, escape detection on; returns seconds.</summary>
    public static Func<int, double> Controlled(int operations, int workers = 1) =>
        Controlled(LostUpdateBody.WithOperations(operations), "fixed lost-update", workers);

    /// <summary>The same for any body that must pass every schedule.</summary>
    public static Func<int, double> Controlled(Func<Task> body, string what, int workers = 1)
    {
        ulong seed = 0;
        return count =>
        {
            var options = new ExplorationOptions { Iterations = count, Strategy = SchedulingStrategy.Random, Seed = seed++, Workers = workers };
            ExplorationResult? result = null;
            double seconds = Measure.Seconds(() => result = ConcurrencyTest.Explore(body, options));
            if (result!.Bug is not null || result.Iterations != count)
            {
                throw new InvalidOperationException($"The {what} body must pass every schedule, but: {result.Bug}");
            }

            return seconds;
        };
    }
}
