using Harness.Tests.Samples;

namespace Harness.Tests.Xunit;

public sealed class SettingsPrecedenceTests
{
    [Fact]
    public void An_environment_variable_sets_what_the_attribute_leaves_unset()
    {
        using var sandbox = new SampleSandbox(("HARNESS_ITERATIONS", "7"));
        int before = IterationCounting.Runs;

        var outcome = InProcessXunit.RunOne(typeof(IterationCounting), nameof(IterationCounting.Counts_its_iterations));

        Assert.True(outcome.Passed, outcome.Message);
        Assert.Equal(7, IterationCounting.Runs - before);
    }

    [Fact]
    public void The_attribute_overrides_the_environment()
    {
        using var sandbox = new SampleSandbox(("HARNESS_ITERATIONS", "7"));
        int before = IterationCounting.Runs;

        var outcome = InProcessXunit.RunOne(typeof(IterationCounting), nameof(IterationCounting.Counts_three_iterations));

        Assert.True(outcome.Passed, outcome.Message);
        Assert.Equal(3, IterationCounting.Runs - before);
    }

    [Fact]
    public void A_bad_environment_value_fails_the_test_with_the_variable_and_the_fix()
    {
        using var sandbox = new SampleSandbox(("HARNESS_STRATEGY", "radnom"));

        var outcome = InProcessXunit.RunOne(typeof(IterationCounting), nameof(IterationCounting.Counts_its_iterations));

        Assert.False(outcome.Passed);
        Assert.Contains("HARNESS_STRATEGY", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"random\"?", outcome.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(TimeoutBranches.Work_races_a_timeout), "work")]
    [InlineData(nameof(TimeoutBranches.Work_races_a_timeout_that_may_win), "timeout work")]
    public void The_timer_races_property_lets_a_timeout_win_only_where_it_is_set(string test, string branches)
    {
        using var sandbox = new SampleSandbox();
        TimeoutBranches.Reset();

        var outcome = InProcessXunit.RunOne(typeof(TimeoutBranches), test);

        Assert.True(outcome.Passed, outcome.Message);
        Assert.Equal(branches, TimeoutBranches.Branches);
    }
}
