using Harness.Tests.Samples;

namespace Harness.Tests.Xunit;

public sealed class ConcurrencyFactTests
{
    [Fact]
    public void A_buggy_fact_fails_with_the_verdict_and_the_trace()
    {
        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Unguarded_adds_lose_an_update));

        Assert.False(outcome.Passed);
        Assert.Contains("AssertionFailure", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("total is 1, expected 2", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correct_fact_passes_after_exploring_its_schedules_each_on_a_fresh_instance()
    {
        int before = LostUpdateFacts.InstancesCreated;

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Guarded_adds_keep_every_update));

        Assert.True(outcome.Passed, outcome.Message);
        Assert.True(LostUpdateFacts.InstancesCreated - before >= 200, "one instance per iteration");
    }

    [Fact]
    public void A_fact_expecting_the_wrong_bug_fails_and_names_both()
    {
        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Unguarded_adds_expected_to_deadlock_but_do_not));

        Assert.False(outcome.Passed);
        Assert.Contains("Deadlock", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("AssertionFailure", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_theory_row_is_its_own_test_case()
    {
        var outcomes = InProcessXunit.Run(typeof(TheoryRows), nameof(TheoryRows.Adders_keep_every_update));

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, outcome => Assert.True(outcome.Passed, outcome.Message));
    }
}
