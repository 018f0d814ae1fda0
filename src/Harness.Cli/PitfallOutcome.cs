using Scenarios;

namespace Harness.Cli;

/// <summary>How one pitfall fared: both variants explored with the same settings.</summary>
/// <param name="Pitfall">The catalogue entry.</param>
/// <param name="Buggy">The exploration of the buggy variant.</param>
/// <param name="Fixed">The exploration of the fixed variant.</param>
internal sealed record PitfallOutcome(Pitfall Pitfall, VariantRun Buggy, VariantRun Fixed)
{
    /// <summary>
    /// The bug was found with the expected verdict and replays identically; a bug that does not replay would make
    /// the catalogue's promise of reproducible reports false, so it does not count.
    /// </summary>
    internal bool Found => Buggy.Bug == Pitfall.ExpectedVerdict && Buggy.ReplayProblem is null;

    internal bool FixedClean => Fixed.Bug is null;

    internal bool AsExpected => Found && FixedClean;
}
