using System.Reflection;

namespace Harness.Xunit;

/// <summary>Runs one concurrency test case: explore, judge against the expectation, report.</summary>
internal sealed class ConcurrencyTestRun(IConcurrencyAttribute attribute, string displayName, MethodInfo method, Func<Task> body)
{
    internal void Execute()
    {
        var set = attribute.Settings;
        var options = new ExplorationOptions();
        options = options with
        {
            Iterations = set.Iterations ?? options.Iterations,
            StrategyBound = set.StrategyBound ?? options.StrategyBound,
            MaxSteps = set.MaxSteps ?? options.MaxSteps,
            Seed = set.Seed is { } seed ? (ulong)seed : options.Seed,
        };
        var result = ConcurrencyTest.Explore(body, options, method.Name);
        if (set.ExpectedBug is { } expected)
        {
            if (result.Bug?.Kind == expected && result.ReplayProblem is null)
            {
                return;
            }

            throw new ConcurrencyBugException($"{displayName}: expected {expected}, found {(result.Bug is null ? $"no bug in {result.Iterations} schedules" : result.Bug.Kind.ToString())}.") { Bug = result.Bug };
        }

        if (result.Bug is { } bug)
        {
            throw new ConcurrencyBugException(bug + "\n" + string.Join("\n", result.Trace)) { Bug = bug };
        }
    }
}
