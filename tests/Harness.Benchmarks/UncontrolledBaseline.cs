namespace Harness.Benchmarks;

/// <summary>
/// The fixed 2x10 body run as production runs it: outside any harness run, Controlled.Run is Task.Run and the
/// awaits resume on the thread pool. Taken before the first exploration, because the escape listener that
/// exploration starts stays on for the whole process and changes what every await costs.
/// </summary>
/// <param name="SecondsPerIteration">Median wall-clock time of one run of the body.</param>
/// <param name="BytesPerIteration">Bytes allocated (all threads) per run of the body.</param>
internal sealed record UncontrolledBaseline(double SecondsPerIteration, double BytesPerIteration)
{
    public static UncontrolledBaseline Take() => new(
        Measure.MedianSecondsPerUnit(Run(2), probeCount: 200, ThroughputBenchmarks.MeasurementTime),
        Measure.AllocatedBytes(() => Run(2)(AllocationSample)) / AllocationSample);

    /// <summary>Iterations counted when only allocations matter (the counters are exact, one sample is enough).</summary>
    public const int AllocationSample = 20_000;

    /// <summary>Runs the body <c>count</c> times in a row on the calling thread's view of the pool; returns seconds.</summary>
    public static Func<int, double> Run(int operations)
    {
        var body = LostUpdateBody.WithOperations(operations);
        return count => Measure.Seconds(() =>
        {
            for (int i = 0; i < count; i++)
            {
                body().GetAwaiter().GetResult();
            }
        });
    }
}
