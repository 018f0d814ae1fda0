namespace Harness.Benchmarks;

/// <summary>
/// Where the 2x10 time goes, as far as a benchmark can tell without a profiler: what the always-on escape
/// listener costs code that is not even controlled, and allocations per iteration (process-wide counters, so the
/// harness's own threads are included).
/// </summary>
internal static class ProfileBenchmarks
{
    private const int Sample = UncontrolledBaseline.AllocationSample;

    public static void Run(UncontrolledBaseline baseline)
    {
        var controlled = ThroughputBenchmarks.Controlled(2);
        controlled(Sample); // warm-up; the first exploration starts the process-wide escape listener

        int[] sizes = [2, 8];
        foreach (int operations in sizes)
        {
            var run = ConcurrencyTest.Explore(LostUpdateBody.WithOperations(operations), new ExplorationOptions { Iterations = 1000 });
            Measure.Print($"profile-{operations}x10 scheduling steps", Measure.Format((double)run.TotalSteps / run.Iterations, "0.0") + " per iteration");
        }

        var sync = ConcurrencyTest.Explore(SyncCounterBody.WithOperations(2), new ExplorationOptions { Iterations = 1000 });
        Measure.Print("profile-sync-2x10 scheduling steps", Measure.Format((double)sync.TotalSteps / sync.Iterations, "0.0") + " per iteration");
        double syncBytes = Measure.AllocatedBytes(() => ThroughputBenchmarks.Controlled(SyncCounterBody.WithOperations(2), "synchronous counter")(Sample)) / Sample;
        Measure.Print("profile-sync-2x10 allocated controlled", Measure.Format(syncBytes, "0") + " bytes/iteration");

        var uncontrolled = UncontrolledBaseline.Run(2);
        double listened = Measure.MedianSecondsPerUnit(uncontrolled, probeCount: 200, ThroughputBenchmarks.MeasurementTime);
        Measure.Print("profile-2x10 uncontrolled, listener off", Measure.Format(baseline.SecondsPerIteration * 1e6, "0.0") + " us/iteration");
        Measure.Print("profile-2x10 uncontrolled, listener on", Measure.Format(listened * 1e6, "0.0") + " us/iteration");

        Measure.Print("profile-2x10 allocated uncontrolled, listener off", Measure.Format(baseline.BytesPerIteration, "0") + " bytes/iteration");
        Measure.Print("profile-2x10 allocated uncontrolled, listener on", Measure.Format(Measure.AllocatedBytes(() => uncontrolled(Sample)) / Sample, "0") + " bytes/iteration");

        int collections = GC.CollectionCount(0);
        double bytes = Measure.AllocatedBytes(() => controlled(Sample)) / Sample;
        Measure.Print("profile-2x10 allocated controlled", Measure.Format(bytes, "0") + " bytes/iteration");
        Measure.Print("profile-2x10 gen0 collections controlled", Measure.Format((GC.CollectionCount(0) - collections) * 1000.0 / Sample, "0.0") + " per 1000 iterations");
    }
}
