using Harness;
using Harness.Xunit;
using Scenarios.P09_TimeoutNotPassedDown;

namespace Scenarios.Tests.P09_TimeoutNotPassedDown;

/// <summary>P09 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class TimeoutNotPassedDownFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Summary_that_keeps_its_budget_to_itself_waits_out_the_reindex() => TimeoutNotPassedDown.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Summary_that_passes_its_budget_down_answers_on_time() => TimeoutNotPassedDown.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Summary_that_passes_its_budget_down_answers_on_time_under_pct_schedules_too() => TimeoutNotPassedDown.Pitfall.Fixed();
}
