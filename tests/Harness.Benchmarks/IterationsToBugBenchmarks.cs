using Scenarios;

namespace Harness.Benchmarks;

/// <summary>
/// Mean iterations to the first bug in each catalogue pitfall's buggy body, over seeds 0..99, for every value of
/// <see cref="SchedulingStrategy"/> (a strategy added to the enum shows up here without a change). Iteration
/// counts do not depend on the machine: the same seed gives the same schedules. Exhaustive search ignores the
/// seed, so it runs once per pitfall.
/// </summary>
internal static class IterationsToBugBenchmarks
{
    private const int Seeds = 100;

    public static void Run()
    {
        // A seed that misses counts as the whole budget, so a miss can only make the mean look worse.
        int budget = new ExplorationOptions().Iterations;
        foreach (var pitfall in Catalogue.All)
        {
            foreach (var strategy in BenchmarkStrategies.Selected())
            {
                var runs = Enumerable.Range(0, strategy == SchedulingStrategy.Exhaustive ? 1 : Seeds)
                    .Select(seed => ConcurrencyTest.Explore(pitfall.Buggy, new ExplorationOptions { Strategy = strategy, Seed = (ulong)seed }, pitfall.Id))
                    .ToList();
                double mean = runs.Average(run => run.Bug is null ? budget : run.Iterations);
                Measure.Print($"iterations-to-bug {pitfall.Id} {Name(strategy)}{Notes(runs, pitfall.ExpectedVerdict)}", Measure.Format(mean, "0.00"));
            }
        }
    }

    /// <summary>The name users write in coyote.json: the enum name in lower case.</summary>
    private static string Name(SchedulingStrategy strategy) => strategy.ToString().ToLowerInvariant();

    /// <summary>Misses and verdicts other than the expected one, before the colon so every line still ends in its figure.</summary>
    private static string Notes(List<ExplorationResult> runs, BugKind expected)
    {
        int missed = runs.Count(run => run.Bug is null);
        int other = runs.Count(run => run.Bug is not null && run.Bug.Kind != expected);
        var notes = new List<string>();
        if (missed > 0)
        {
            notes.Add($"{missed} of {runs.Count} seeds missed");
        }

        if (other > 0)
        {
            notes.Add($"{other} of {runs.Count} seeds found another verdict first");
        }

        return notes.Count == 0 ? "" : $" ({string.Join(", ", notes)})";
    }
}
