namespace Harness.Benchmarks.HardBugs;

/// <summary>
/// Iterations to the first bug in programs whose bugs are hard to reach (issue 15): a deep ABA bug, an order
/// violation among a hundred operations, a work-stealing race behind many helper returns. For every strategy over
/// seeds 0..N-1 with a modest budget per seed: the mean (a miss counts as the whole budget), the median, and how
/// many seeds found the bug within the budget. Shrinking is off: it would not change the count and costs time.
/// Iteration counts do not depend on the machine. Exhaustive search ignores the seed, so it runs once per program.
/// </summary>
internal static class HardBugBenchmarks
{
    /// <summary>Iterations each seed may spend; the issue's figures were measured against 1,000.</summary>
    internal const int Budget = 1000;

    private static readonly (string Name, Func<Task> Body)[] Programs =
    [
        ("aba-stack", AbaStackBody.RunAsync),
        ("pipeline-100", PipelineBody.RunAsync),
        ("work-stealing", WorkStealingBody.RunAsync),
    ];

    public static void Run(int seeds)
    {
        foreach (var (name, body) in Programs)
        {
            foreach (var strategy in BenchmarkStrategies.Selected())
            {
                int runs = strategy == SchedulingStrategy.Exhaustive ? 1 : seeds;
                var counts = Enumerable.Range(0, runs)
                    .Select(seed => ConcurrencyTest.Explore(body, Options(strategy, seed), name))
                    .Select(result => result.Bug is null ? (int?)null : result.Iterations)
                    .ToList();
                double mean = counts.Average(count => count ?? Budget);
                double median = Measure.Median(counts.Select(count => (double)(count ?? Budget)));
                int found = counts.Count(count => count is not null);
                string label = $"iterations-to-bug {name} {strategy.ToString().ToLowerInvariant()} (median {Measure.Format(median, "0")}, {found} of {runs} seeds within {Budget})";
                Measure.Print(label, Measure.Format(mean, "0.0"));
            }
        }
    }

    private static ExplorationOptions Options(SchedulingStrategy strategy, int seed) =>
        new() { Strategy = strategy, Seed = (ulong)seed, Iterations = Budget, Shrink = false };
}
