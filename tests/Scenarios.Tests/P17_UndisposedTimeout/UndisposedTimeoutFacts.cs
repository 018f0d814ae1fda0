using Harness;
using Harness.Xunit;
using Scenarios.P17_UndisposedTimeout;

namespace Scenarios.Tests.P17_UndisposedTimeout;

/// <summary>P17 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class UndisposedTimeoutFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.LeakedTimer)]
    public Task Undisposed_timeout_leaves_its_timer_armed_after_the_lookup() => UndisposedTimeout.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Disposed_timeout_stops_its_timer_when_the_lookup_ends() => UndisposedTimeout.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Disposed_timeout_stops_its_timer_when_the_lookup_ends_under_pct_schedules_too() => UndisposedTimeout.Pitfall.Fixed();
}
