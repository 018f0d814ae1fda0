using Harness;
using Harness.Xunit;
using Scenarios.P15_LeaseLock;

namespace Scenarios.Tests.P15_LeaseLock;

/// <summary>P15 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class LeaseLockFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Lease_running_out_mid_work_lets_a_second_pod_in() => LeaseLock.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Work_bounded_by_its_lease_keeps_the_pods_apart() => LeaseLock.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Work_bounded_by_its_lease_keeps_the_pods_apart_under_pct_schedules() => LeaseLock.Pitfall.Fixed();
}
