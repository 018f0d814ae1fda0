using Harness;
using Harness.Xunit;
using Scenarios.P21_WriteAfterComplete;

namespace Scenarios.Tests.P21_WriteAfterComplete;

/// <summary>P21 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class WriteAfterCompleteFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.UnhandledException)]
    public Task Pump_that_completes_the_feed_breaks_the_other_pumps_write() => WriteAfterComplete.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Feed_completed_by_its_owner_after_every_pump_shows_every_reading() => WriteAfterComplete.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Feed_completed_by_its_owner_after_every_pump_shows_every_reading_under_pct_schedules() => WriteAfterComplete.Pitfall.Fixed();
}
