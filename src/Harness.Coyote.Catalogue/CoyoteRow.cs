using System.Globalization;
using Harness.Coyote;
using Scenarios;

namespace Harness.Coyote.Catalogue;

/// <summary>One pitfall under Coyote: both variants' outcomes and how to say them.</summary>
internal sealed record CoyoteRow(Pitfall Pitfall, CoyoteOutcome BuggyOutcome, CoyoteOutcome FixedOutcome, int Iterations)
{
    internal bool FoundExpected => BuggyOutcome.Bug?.Kind == Pitfall.ExpectedVerdict;

    internal bool FoundOther => BuggyOutcome.Bug is { } bug && bug.Kind != Pitfall.ExpectedVerdict;

    internal string Buggy => BuggyOutcome.Bug is { } bug
        ? string.Create(CultureInfo.InvariantCulture, $"{bug.Kind} in iteration {BuggyOutcome.Iterations} ({Seconds(BuggyOutcome)})")
        : $"nothing in {Ran(BuggyOutcome)} ({Seconds(BuggyOutcome)}){Blind(Pitfall.ExpectedVerdict)}";

    internal string Fixed => FixedOutcome.Bug is { } bug
        ? string.Create(CultureInfo.InvariantCulture, $"reported {bug.Kind} in iteration {FixedOutcome.Iterations} ({Seconds(FixedOutcome)}): {Shorten(bug.Summary)}")
        : $"clean in {Ran(FixedOutcome)} ({Seconds(FixedOutcome)})";

    private string Ran(CoyoteOutcome outcome) => outcome.Iterations < Iterations
        ? string.Create(CultureInfo.InvariantCulture, $"{outcome.Iterations} of {Iterations} iterations, stopped by the time budget")
        : string.Create(CultureInfo.InvariantCulture, $"{outcome.Iterations} iterations");

    private static string Seconds(CoyoteOutcome outcome) => string.Create(CultureInfo.InvariantCulture, $"{outcome.Elapsed.TotalSeconds:0.0} s");

    // The kinds of bug Coyote has no verdict for, whatever the schedule (docs/comparison.md, "What each engine sees").
    private static string Blind(BugKind expected) => expected switch
    {
        BugKind.LeakedTask => ": Coyote has no leak verdict (a leak shows only as a deadlock when the body joins every task)",
        BugKind.LeakedTimer => ": Coyote has no timer-leak verdict",
        BugKind.DataRace => ": Coyote has no race detector and no scheduling point at plain memory accesses",
        _ => "",
    };

    private static string Shorten(string text)
    {
        string line = text.Split('\n')[0].Replace('|', '/');
        return line.Length <= 120 ? line : line[..117] + "...";
    }
}
