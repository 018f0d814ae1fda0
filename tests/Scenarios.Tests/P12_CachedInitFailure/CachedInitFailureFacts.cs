using Harness;
using Harness.Xunit;
using Scenarios.P12_CachedInitFailure;

namespace Scenarios.Tests.P12_CachedInitFailure;

/// <summary>P12 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class CachedInitFailureFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.UnhandledException)]
    public Task Async_lazy_keeps_failing_after_the_database_is_up() => CachedInitFailure.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Connection_attempt_is_retried_once_the_database_is_up() => CachedInitFailure.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Connection_attempt_is_retried_once_the_database_is_up_under_pct_schedules() => CachedInitFailure.Pitfall.Fixed();
}
