using Harness;
using Harness.Xunit;
using Scenarios.P13_WriterStarvation;

namespace Scenarios.Tests.P13_WriterStarvation;

/// <summary>
/// P13 as concurrency facts. The buggy fact stops at 60 steps instead of 10,000: the pharmacy is starved from
/// step 30 on, and a 60-line trace stays readable where a 10,000-line one would not.
/// </summary>
public sealed class WriterStarvationFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.StepBoundReached, MaxSteps = 60)]
    public Task Reader_preferring_gate_never_lets_the_pharmacy_publish() => WriterStarvation.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Writer_first_gate_lets_the_pharmacy_publish_between_reads() => WriterStarvation.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Writer_first_gate_lets_the_pharmacy_publish_between_reads_under_pct_schedules_too() => WriterStarvation.Pitfall.Fixed();
}
