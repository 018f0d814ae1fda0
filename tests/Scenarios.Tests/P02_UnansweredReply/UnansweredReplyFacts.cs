using Harness;
using Harness.Xunit;
using Scenarios.P02_UnansweredReply;

namespace Scenarios.Tests.P02_UnansweredReply;

/// <summary>P02 as concurrency facts: the analysis left waiting is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class UnansweredReplyFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.LeakedTask)]
    public Task Analysis_awaiting_its_reply_without_a_token_outlives_the_service() => UnansweredReply.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Analysis_bound_to_the_service_ends_when_the_service_stops() => UnansweredReply.Pitfall.Fixed();
}
