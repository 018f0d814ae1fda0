namespace Harness.Cli;

/// <summary>The part of an <see cref="ExplorationResult"/> the catalogue reports on; plain data, so tests can make one.</summary>
/// <param name="Bug">The verdict, or null when every schedule passed.</param>
/// <param name="Iterations">Iterations run, including the failing one.</param>
/// <param name="IterationsAllowed">The iteration budget.</param>
/// <param name="VirtualTime">Virtual time at which the bug was detected.</param>
/// <param name="Report">The bug report and its schedule, for the failure explanation; empty without a bug.</param>
/// <param name="ReplayProblem">Set when the failing schedule did not replay identically.</param>
/// <param name="Exhausted">Every schedule within the exhaustive bound ran: a clean run is a proof, not a sample.</param>
internal sealed record VariantRun(BugKind? Bug, int Iterations, int IterationsAllowed, TimeSpan VirtualTime, string Report, string? ReplayProblem, bool Exhausted = false)
{
    internal int SchedulesSurvived => Bug is null ? Iterations : Iterations - 1;

    internal static VariantRun From(ExplorationResult result) => new(
        result.Bug?.Kind,
        result.Iterations,
        result.Options.Iterations,
        result.Bug?.VirtualTime ?? TimeSpan.Zero,
        result.Bug is null ? "" : $"{result.Bug}\nschedule: {result.Schedule}",
        result.ReplayProblem,
        result.SearchSpaceExhausted);
}
