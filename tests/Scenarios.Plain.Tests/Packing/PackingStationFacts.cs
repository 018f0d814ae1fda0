using Harness;
using Harness.Xunit;
using Scenarios.Plain.Packing;

namespace Scenarios.Plain.Tests.Packing;

/// <summary>Issue 12: BlockingCollection in plain code, controlled through rewriting.</summary>
public sealed class PackingStationFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.UnhandledException)]
    public async Task Packer_that_checks_IsCompleted_before_Take_throws_when_the_queue_closes_between()
    {
        Assert.Equal(2, await PackingStation.PackTwoOrdersAsync(new CheckingPacker()));
    }

    [ConcurrencyFact]
    public async Task Packer_that_consumes_the_queue_packs_every_order()
    {
        Assert.Equal(2, await PackingStation.PackTwoOrdersAsync(new ConsumingPacker()));
    }

    [Fact]
    public void The_report_names_the_take_that_found_the_queue_closed()
    {
        var result = ConcurrencyTest.Explore(() => PackingStation.PackTwoOrdersAsync(new CheckingPacker()));

        Assert.Equal(BugKind.UnhandledException, result.Bug?.Kind);
        Assert.Contains("InvalidOperationException was thrown at CheckingPacker.cs:", result.Bug!.Summary, StringComparison.Ordinal);
    }
}
