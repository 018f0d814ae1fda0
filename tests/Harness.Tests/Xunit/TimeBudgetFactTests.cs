using Harness.Tests.Samples;

namespace Harness.Tests.Xunit;

public sealed class TimeBudgetFactTests
{
    [Fact]
    public void A_fact_that_runs_out_of_its_time_budget_fails_with_how_far_it_got_and_writes_no_snapshot()
    {
        using var sandbox = new SampleSandbox();

        var outcome = InProcessXunit.RunOne(typeof(TimeBudgetFacts), nameof(TimeBudgetFacts.Guarded_adds_with_no_time_to_explore));

        Assert.False(outcome.Passed);
        Assert.Contains("Guarded_adds_with_no_time_to_explore: the exploration ran out of its time budget of 0.000001 s: it stopped after ", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("of 1000 iterations", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("This is no verdict", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(sandbox.Files());
    }
}
