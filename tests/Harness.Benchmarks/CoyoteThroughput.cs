using Harness.Coyote;
using Microsoft.Coyote;

namespace Harness.Benchmarks;

/// <summary>
/// The fixed lost-update bodies under Coyote's TestingEngine (random strategy, as the harness's figures), measured in
/// the same process run as the harness's, so the speed-up compares the two engines under the same machine load.
/// </summary>
internal static class CoyoteThroughput
{
    public static void Run(double harness2, double harness8)
    {
        double coyote2 = Measure.MedianSecondsPerUnit(Explore(2), probeCount: 2, ThroughputBenchmarks.MeasurementTime);
        Measure.Print("coyote-lost-update-2x10", Measure.Format(1 / coyote2, "0.0") + " iterations/s");
        Measure.Print("speedup-vs-coyote-2x10", Measure.Format(coyote2 / harness2, "0") + "x");

        double coyote8 = Measure.MedianSecondsPerUnit(Explore(8), probeCount: 1, ThroughputBenchmarks.MeasurementTime);
        Measure.Print("coyote-lost-update-8x10", Measure.Format(1 / coyote8, "0.0") + " iterations/s");
        Measure.Print("speedup-vs-coyote-8x10", Measure.Format(coyote8 / harness8, "0") + "x");
    }

    /// <summary>One Coyote exploration of <c>count</c> iterations of the rewritten body; returns seconds.</summary>
    private static Func<int, double> Explore(int operations)
    {
        var body = CoyoteBodies.LostUpdateBody.WithOperations(operations);
        uint seed = 0;
        return count =>
        {
            var configuration = Configuration.Create().WithTestingIterations((uint)count).WithRandomStrategy().WithRandomGeneratorSeed(seed++).WithTelemetryEnabled(false);
            CoyoteOutcome? outcome = null;
            double seconds = Measure.Seconds(() => outcome = CoyoteRunner.Run(configuration, body));
            if (outcome!.Bug is not null || outcome.Iterations != count)
            {
                throw new InvalidOperationException($"The fixed lost-update body must pass every schedule under Coyote, but: {outcome.Bug?.Kind} {outcome.Bug?.Summary} after {outcome.Iterations} of {count} iterations");
            }

            return seconds;
        };
    }
}
