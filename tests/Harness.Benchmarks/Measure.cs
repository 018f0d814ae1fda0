using System.Diagnostics;
using System.Globalization;

namespace Harness.Benchmarks;

/// <summary>Wall-clock timing, medians and invariant-culture figures.</summary>
internal static class Measure
{
    /// <summary>How many times each throughput figure is measured; the median is printed.</summary>
    public const int Repetitions = 5;

    public static double Seconds(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Median seconds per unit over <see cref="Repetitions"/> runs of <paramref name="secondsFor"/>(count). Probe runs
    /// of <paramref name="probeCount"/> units warm up the JIT (tiered compilation needs many calls and ~100 ms), at least
    /// five of them and at least <see cref="WarmUp"/> in all, and the last one sets count so that one measurement takes about <paramref name="target"/>.
    /// </summary>
    public static double MedianSecondsPerUnit(Func<int, double> secondsFor, int probeCount, TimeSpan target)
    {
        // Several probes, not only enough time: the first one may carry a one-time cost (the escape listener's start).
        double warmedUp = 0, probe;
        int probes = 0;
        do
        {
            probe = secondsFor(probeCount);
            warmedUp += probe;
        }
        while (++probes < MinimumProbes || warmedUp < WarmUp.TotalSeconds);

        int count = (int)Math.Clamp(target.TotalSeconds / (probe / probeCount), probeCount, 10_000_000);
        return Median(Enumerable.Range(0, Repetitions).Select(_ => secondsFor(count) / count));
    }

    private const int MinimumProbes = 5;

    /// <summary>How long each figure's code runs before it is measured.</summary>
    public static TimeSpan WarmUp { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Bytes allocated by all threads while <paramref name="action"/> runs.</summary>
    public static double AllocatedBytes(Action action)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static void Print(string label, string figure) => Console.WriteLine($"{label}: {figure}");

    public static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
