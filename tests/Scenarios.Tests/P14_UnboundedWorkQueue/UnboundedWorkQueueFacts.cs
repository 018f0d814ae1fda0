using Harness;
using Harness.Xunit;
using Scenarios.P14_UnboundedWorkQueue;

namespace Scenarios.Tests.P14_UnboundedWorkQueue;

/// <summary>P14 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class UnboundedWorkQueueFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Unbounded_queue_holds_the_whole_burst_in_memory() => UnboundedWorkQueue.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Bounded_queue_makes_the_monitor_wait_for_the_workers() => UnboundedWorkQueue.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Bounded_queue_makes_the_monitor_wait_for_the_workers_under_pct_schedules_too() => UnboundedWorkQueue.Pitfall.Fixed();
}
