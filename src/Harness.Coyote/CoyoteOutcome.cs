namespace Harness.Coyote;

/// <summary>What one run of Coyote's TestingEngine found.</summary>
/// <param name="Iterations">Iterations run, up to and including the failing one.</param>
/// <param name="Bug">The first bug, or null when every iteration passed.</param>
/// <param name="Trace">Coyote's reproducible trace (JSON) of the failing iteration; empty without a bug.</param>
/// <param name="Elapsed">Wall time of the run.</param>
internal sealed record CoyoteOutcome(int Iterations, CoyoteVerdict? Bug, string Trace, TimeSpan Elapsed)
{
    /// <summary>Scheduling decisions in <see cref="Trace"/>: the length of the failing schedule.</summary>
    internal int Steps => Trace.Length == 0 ? 0 : CoyoteTrace.Steps(Trace);
}
