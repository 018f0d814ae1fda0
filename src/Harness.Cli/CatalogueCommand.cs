using System.Globalization;
using Scenarios;

namespace Harness.Cli;

/// <summary>
/// The main job: explores both variants of every pitfall with the same settings and reports whether each buggy
/// variant is found with its expected verdict and each fixed variant survives every schedule.
/// </summary>
/// <param name="pitfalls">The pitfalls to run.</param>
/// <param name="options">Exploration settings, used for both variants so "survived N schedules" compares like with like.</param>
/// <param name="output">Where progress, the table and the summary go.</param>
internal sealed class CatalogueCommand(IReadOnlyList<Pitfall> pitfalls, ExplorationOptions options, TextWriter output)
{
    internal int Run()
    {
        var outcomes = new List<PitfallOutcome>(pitfalls.Count);
        foreach (var pitfall in pitfalls)
        {
            // The line is started before exploring so a pitfall that hangs is visibly the current one.
            output.Write(string.Create(CultureInfo.InvariantCulture, $"[{outcomes.Count + 1}/{pitfalls.Count}] {pitfall.Id} {pitfall.Name}: "));
            output.Flush();
            var outcome = Explore(pitfall);
            output.WriteLine(CatalogueReport.Progress(outcome));
            outcomes.Add(outcome);
        }

        output.WriteLine();
        foreach (string line in CatalogueReport.Table(outcomes).Concat(outcomes.SelectMany(CatalogueReport.Explanation)))
        {
            output.WriteLine(line);
        }

        output.WriteLine(CatalogueReport.Summary(outcomes));
        return ExitCode(outcomes);
    }

    internal static int ExitCode(IReadOnlyList<PitfallOutcome> outcomes) =>
        outcomes.All(outcome => outcome.AsExpected) ? ExitCodes.Success : ExitCodes.Failure;

    private PitfallOutcome Explore(Pitfall pitfall) => new(
        pitfall,
        VariantRun.From(ConcurrencyTest.Explore(pitfall.Buggy, options, pitfall.Id + " buggy")),
        VariantRun.From(ConcurrencyTest.Explore(pitfall.Fixed, options, pitfall.Id + " fixed")));
}
