using Harness;
using Harness.Xunit;
using Scenarios.P20_StopIgnoresDeadline;

namespace Scenarios.Tests.P20_StopIgnoresDeadline;

/// <summary>P20 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class StopIgnoresDeadlineFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.Deadlock)]
    public Task Stop_that_ignores_its_deadline_never_finishes_the_shutdown() => StopIgnoresDeadline.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Stop_that_honours_its_deadline_aborts_the_hung_upload_in_time() => StopIgnoresDeadline.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Stop_that_honours_its_deadline_aborts_the_hung_upload_in_time_under_pct_schedules_too() => StopIgnoresDeadline.Pitfall.Fixed();
}
