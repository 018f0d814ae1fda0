using Harness;
using Harness.Xunit;
using Scenarios.P18_EndlessReadLoop;

namespace Scenarios.Tests.P18_EndlessReadLoop;

/// <summary>P18 as concurrency facts: the loop that never ends is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class EndlessReadLoopFacts
{
    // The loop never ends at any bound; a small one keeps the recorded schedule and its replay short enough to read.
    [ConcurrencyFact(ExpectedBug = BugKind.StepBoundReached, MaxSteps = 40)]
    public Task Uploader_that_never_checks_for_the_end_of_the_feed_never_stops() => EndlessReadLoop.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Uploader_that_reads_until_the_feed_ends_archives_everything_and_stops() => EndlessReadLoop.Pitfall.Fixed();
}
