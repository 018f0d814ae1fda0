using Harness;
using Harness.Xunit;
using Scenarios.P01_AbandonedResult;

namespace Scenarios.Tests.P01_AbandonedResult;

/// <summary>P01 as concurrency facts: the page left blocked is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class AbandonedResultFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.LeakedTask)]
    public Task Sender_with_one_receipt_slot_leaves_a_page_blocked_when_the_caller_gives_up() => AbandonedResult.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Sender_with_a_slot_per_recipient_leaves_no_page_behind() => AbandonedResult.Pitfall.Fixed();
}
