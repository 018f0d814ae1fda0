using Harness;
using Harness.Xunit;
using Scenarios.P03_FireAndForget;

namespace Scenarios.Tests.P03_FireAndForget;

/// <summary>P03 as concurrency facts: the unfinished migration is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class FireAndForgetFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Fire_and_forget_migration_says_it_is_done_before_the_records_are_copied() => FireAndForget.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Awaited_migration_copies_every_record_before_it_says_it_is_done() => FireAndForget.Pitfall.Fixed();
}
