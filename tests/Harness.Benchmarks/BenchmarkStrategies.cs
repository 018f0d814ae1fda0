namespace Harness.Benchmarks;

/// <summary>
/// The strategies the iterations-to-bug families measure: every value of <see cref="SchedulingStrategy"/>, or only
/// those named (comma-separated, the coyote.json names) in the HARNESS_BENCHMARK_STRATEGIES environment variable,
/// so one strategy can be re-measured after a change without the minutes the others take.
/// </summary>
internal static class BenchmarkStrategies
{
    internal const string Variable = "HARNESS_BENCHMARK_STRATEGIES";

    internal static IReadOnlyList<SchedulingStrategy> Selected()
    {
        var all = Enum.GetValues<SchedulingStrategy>();
        string? named = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(named))
        {
            return all;
        }

        var names = named.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var selected = all.Where(strategy => names.Contains(strategy.ToString(), StringComparer.OrdinalIgnoreCase)).ToList();
        return selected.Count == names.Length
            ? selected
            : throw new ArgumentException($"{Variable}={named} names a strategy that does not exist. Fix: use names from {string.Join(", ", all.Select(s => s.ToString().ToLowerInvariant()))}, comma-separated.");
    }
}
