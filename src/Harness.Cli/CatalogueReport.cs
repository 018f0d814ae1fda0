using System.Globalization;

namespace Harness.Cli;

/// <summary>Turns pitfall outcomes into the catalogue table, the failure explanations and the summary line.</summary>
internal static class CatalogueReport
{
    private static readonly Table OutcomeTable = new(
    [
        new Column("id"),
        new Column("pitfall"),
        new Column("expected"),
        new Column("found"),
        new Column("iterations", AlignRight: true),
        new Column("virtual time", AlignRight: true),
        new Column("fixed survived", AlignRight: true),
    ]);

    internal static IReadOnlyList<string> Table(IReadOnlyList<PitfallOutcome> outcomes) =>
        OutcomeTable.Format(outcomes.Select(Row).ToList());

    internal static string Summary(IReadOnlyList<PitfallOutcome> outcomes) => string.Create(
        CultureInfo.InvariantCulture,
        $"catalogue: {outcomes.Count} pitfalls, {outcomes.Count(o => o.Found)} found, {outcomes.Count(o => o.FixedClean)} fixed variants clean");

    /// <summary>Why a pitfall failed, with the report and schedule needed to replay it; empty when it passed.</summary>
    internal static IReadOnlyList<string> Explanation(PitfallOutcome outcome)
    {
        var lines = new List<string>();
        string id = outcome.Pitfall.Id;
        if (!outcome.Found)
        {
            lines.Add(outcome.Buggy.Bug is null
                ? Invariant($"{id} buggy variant: expected {outcome.Pitfall.ExpectedVerdict}, but all {outcome.Buggy.Iterations} schedules passed")
                : Invariant($"{id} buggy variant: expected {outcome.Pitfall.ExpectedVerdict}, found {outcome.Buggy.Bug}"));
            AddReport(lines, outcome.Buggy);
        }

        if (!outcome.FixedClean)
        {
            lines.Add(Invariant($"{id} fixed variant: {outcome.Fixed.Bug} in iteration {outcome.Fixed.Iterations}"));
            AddReport(lines, outcome.Fixed);
        }

        return lines;
    }

    internal static string Progress(PitfallOutcome outcome) => Invariant(
        $"buggy: {Verdict(outcome.Buggy)}{(outcome.Found ? "" : " (unexpected)")}; fixed: {(outcome.FixedClean ? "clean" : Verdict(outcome.Fixed))} over {outcome.Fixed.Iterations} schedules");

    internal static string VirtualTime(TimeSpan time) => time < TimeSpan.FromSeconds(1)
        ? Invariant($"{time.TotalMilliseconds:0.###} ms")
        : Invariant($"{time.TotalSeconds:0.###} s");

    private static List<string> Row(PitfallOutcome outcome) =>
    [
        outcome.Pitfall.Id,
        outcome.Pitfall.Name,
        outcome.Pitfall.ExpectedVerdict.ToString(),
        outcome.Buggy.Bug?.ToString() ?? "none",
        outcome.Buggy.Bug is null ? "-" : Invariant($"{outcome.Buggy.Iterations}"),
        outcome.Buggy.Bug is null ? "-" : VirtualTime(outcome.Buggy.VirtualTime),
        outcome.Fixed is { Bug: null, Exhausted: true }
            ? Invariant($"all {outcome.Fixed.SchedulesSurvived} (proof)")
            : Invariant($"{outcome.Fixed.SchedulesSurvived}/{outcome.Fixed.IterationsAllowed}"),
    ];

    private static string Verdict(VariantRun run) => run.Bug is null
        ? "no bug"
        : Invariant($"{run.Bug} in iteration {run.Iterations} at {VirtualTime(run.VirtualTime)}");

    private static void AddReport(List<string> lines, VariantRun run)
    {
        if (run.Report.Length > 0)
        {
            lines.AddRange(run.Report.Split('\n').Select(line => "    " + line));
        }

        if (run.ReplayProblem is not null)
        {
            lines.Add("    replay problem: " + run.ReplayProblem);
        }
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
