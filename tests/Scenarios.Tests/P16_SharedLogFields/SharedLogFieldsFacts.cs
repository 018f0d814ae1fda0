using Harness;
using Harness.Xunit;
using Scenarios.P16_SharedLogFields;

namespace Scenarios.Tests.P16_SharedLogFields;

/// <summary>P16 as concurrency facts: the bug is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class SharedLogFieldsFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.UnhandledException)]
    public Task Field_added_while_an_entry_is_written_breaks_the_entry() => SharedLogFields.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Immutable_fields_let_every_entry_be_written() => SharedLogFields.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Immutable_fields_let_every_entry_be_written_under_pct_schedules() => SharedLogFields.Pitfall.Fixed();
}
