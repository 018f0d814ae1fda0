using Harness;
using Harness.Xunit;
using Scenarios.P05_LostUpdate;

namespace Scenarios.Tests.P05_LostUpdate;

/// <summary>P05 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class LostUpdateFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Unguarded_counter_loses_an_enrollment() => LostUpdate.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Guarded_counter_counts_every_enrollment() => LostUpdate.Pitfall.Fixed();
}
