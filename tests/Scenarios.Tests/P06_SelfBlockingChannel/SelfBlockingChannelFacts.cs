using Harness;
using Harness.Xunit;
using Scenarios.P06_SelfBlockingChannel;

namespace Scenarios.Tests.P06_SelfBlockingChannel;

/// <summary>P06 as concurrency facts: the self-deadlock is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class SelfBlockingChannelFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.Deadlock)]
    public Task Importer_writing_and_reading_its_own_channel_never_finishes() => SelfBlockingChannel.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Importer_with_a_separate_file_reader_stores_every_line() => SelfBlockingChannel.Pitfall.Fixed();
}
