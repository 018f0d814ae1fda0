using Harness;
using Harness.Xunit;
using Scenarios.P10_LoopVariableCapture;

namespace Scenarios.Tests.P10_LoopVariableCapture;

/// <summary>P10 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class LoopVariableCaptureFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Reminder_lambda_over_the_for_variable_names_the_wrong_visit() => LoopVariableCapture.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Reminder_lambda_over_the_foreach_variable_names_its_own_visit() => LoopVariableCapture.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Reminder_lambda_over_the_foreach_variable_names_its_own_visit_under_pct_schedules() => LoopVariableCapture.Pitfall.Fixed();
}
