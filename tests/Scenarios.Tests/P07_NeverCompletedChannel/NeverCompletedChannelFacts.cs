using Harness;
using Harness.Xunit;
using Scenarios.P07_NeverCompletedChannel;

namespace Scenarios.Tests.P07_NeverCompletedChannel;

/// <summary>P07 as concurrency facts: the writer left waiting is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class NeverCompletedChannelFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.LeakedTask)]
    public Task Recorder_that_never_completes_its_queue_leaves_its_writer_waiting() => NeverCompletedChannel.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Recorder_that_completes_its_queue_stops_its_writer() => NeverCompletedChannel.Pitfall.Fixed();
}
