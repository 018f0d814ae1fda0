using Harness;
using Harness.Xunit;
using Scenarios.P11_WhenAnyWithoutTimeout;

namespace Scenarios.Tests.P11_WhenAnyWithoutTimeout;

/// <summary>P11 as concurrency facts: the tracker left waiting is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class WhenAnyWithoutTimeoutFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.LeakedTask)]
    public Task Tracker_without_a_deadline_waits_forever_for_a_lost_sample() => WhenAnyWithoutTimeout.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Tracker_with_a_deadline_has_the_nurse_chase_a_lost_sample() => WhenAnyWithoutTimeout.Pitfall.Fixed();
}
