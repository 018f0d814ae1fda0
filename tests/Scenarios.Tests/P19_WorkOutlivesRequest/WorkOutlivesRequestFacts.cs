using Harness;
using Harness.Xunit;
using Scenarios.P19_WorkOutlivesRequest;

namespace Scenarios.Tests.P19_WorkOutlivesRequest;

/// <summary>P19 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class WorkOutlivesRequestFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Fire_and_forget_page_writes_to_a_finished_response() => WorkOutlivesRequest.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Awaited_page_writes_before_the_response_completes() => WorkOutlivesRequest.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Awaited_page_writes_before_the_response_completes_under_pct_schedules_too() => WorkOutlivesRequest.Pitfall.Fixed();
}
