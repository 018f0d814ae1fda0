using Harness;
using Harness.Xunit;
using Scenarios.P08_LateRegisteredWork;

namespace Scenarios.Tests.P08_LateRegisteredWork;

/// <summary>P08 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class LateRegisteredWorkFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Export_reports_done_before_uploads_registered_late_have_finished() => LateRegisteredWork.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Export_that_awaits_its_own_uploads_archives_every_patient() => LateRegisteredWork.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Export_that_awaits_its_own_uploads_archives_every_patient_under_pct_schedules() => LateRegisteredWork.Pitfall.Fixed();
}
