using Harness;
using Harness.Xunit;
using Scenarios.Plain.Paging;

namespace Scenarios.Plain.Tests.Paging;

/// <summary>P01 in plain code: fire-and-forget Task.Run pages, a bounded channel and a CancellationTokenSource(ms) budget.</summary>
public sealed class PagerFacts
{
    private static readonly string[] Recipients = ["on-call physician", "study monitor"];

    [ConcurrencyFact(ExpectedBug = BugKind.LeakedTask)]
    public Task Pager_with_one_slot_leaves_a_page_blocked_when_the_caller_gives_up() =>
        PageEveryone(new Pager(_ => 1));

    [ConcurrencyFact]
    public Task Pager_with_a_slot_per_recipient_never_leaves_a_page_behind() =>
        PageEveryone(new Pager(count => count));

    private static async Task PageEveryone(Pager pager)
    {
        var confirmed = await pager.PageAsync(Recipients);
        Invariant.Assert(confirmed.Count <= Recipients.Length, "no page is confirmed twice");
    }
}
