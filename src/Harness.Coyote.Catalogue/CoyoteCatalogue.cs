using System.Globalization;
using Harness.Coyote;
using Scenarios;

namespace Harness.Coyote.Catalogue;

/// <summary>
/// Explores both variants of every pitfall under Coyote's TestingEngine with one configuration (Coyote's default
/// portfolio, seed 0) and prints what Coyote found, in how many iterations and how long. It judges nothing: where
/// Coyote reports another verdict than the harness expects, or none, the row says so, with the reason when the kind of
/// bug is one Coyote has no verdict for.
/// </summary>
/// <param name="pitfalls">The pitfalls to run.</param>
/// <param name="iterations">Coyote iterations per variant.</param>
/// <param name="output">Where the rows and the table go.</param>
internal sealed class CoyoteCatalogue(IReadOnlyList<Pitfall> pitfalls, int iterations, TextWriter output)
{
    // Coyote runs tens of iterations per second; a variant that waits on something Coyote does not control costs the
    // deadlock timeout per iteration, so each variant also gets a wall-time budget.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

    internal int Run()
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Coyote 1.7.11, default portfolio strategy, seed 0, {iterations} iterations and at most {Budget.TotalSeconds:0} s per variant, deadlock timeout 1 s"));
        var rows = new List<CoyoteRow>(pitfalls.Count);
        foreach (var pitfall in pitfalls)
        {
            output.Write($"[{rows.Count + 1}/{pitfalls.Count}] {pitfall.Id} {pitfall.Name}: ");
            output.Flush();
            var row = new CoyoteRow(pitfall, Explore(pitfall.Buggy), Explore(pitfall.Fixed), iterations);
            output.WriteLine(row.Buggy + "; fixed: " + row.Fixed);
            rows.Add(row);
        }

        output.WriteLine();
        output.WriteLine("| pitfall | harness expects | Coyote, buggy variant | Coyote, fixed variant |");
        output.WriteLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            output.WriteLine($"| {row.Pitfall.Id} {row.Pitfall.Name} | {row.Pitfall.ExpectedVerdict} | {row.Buggy} | {row.Fixed} |");
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Coyote found the expected verdict in {rows.Count(row => row.FoundExpected)} of {rows.Count} buggy variants, another verdict in {rows.Count(row => row.FoundOther)}, nothing in {rows.Count(row => row.BuggyOutcome.Bug is null)}; it reported {rows.Count(row => row.FixedOutcome.Bug is not null)} of {rows.Count} fixed variants."));
        return 0;
    }

    private CoyoteOutcome Explore(Func<Task> body)
    {
        var configuration = Microsoft.Coyote.Configuration.Create()
            .WithConsoleLoggingEnabled(false)
            .WithTelemetryEnabled(false)
            .WithMaxSchedulingSteps(10_000)
            .WithFailureOnMaxStepsBoundEnabled(true)
            .WithPotentialDeadlocksReportedAsBugs(false)
            .WithSystematicFuzzingFallbackEnabled(false)
            .WithDeadlockTimeout(1000)
            .WithTestingIterations((uint)iterations)
            .WithRandomGeneratorSeed(0);
        return CoyoteRunner.Run(configuration, body, Budget);
    }
}
