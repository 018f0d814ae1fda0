using Harness.Settings;

namespace Harness.Tests.Settings;

public sealed class EnvironmentAndAttributeErrorTests : IDisposable
{
    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    [Fact]
    public void A_bad_environment_number_names_the_variable_and_its_value()
    {
        Assert.Equal(
            "HARNESS_ITERATIONS \"abc\" in the environment is not a number. Allowed: a whole number from 1 to 2147483647. Fix: set HARNESS_ITERATIONS to an allowed value.",
            Error(Variables.Of(("HARNESS_ITERATIONS", "abc"))));
    }

    [Theory]
    [InlineData("HARNESS_STRATEGY_BOUND", "0")]
    [InlineData("HARNESS_MAX_STEPS", "99999999999")]
    [InlineData("HARNESS_SEED", "-1")]
    [InlineData("HARNESS_WATCHDOG_TIMEOUT_SECONDS", "0")]
    [InlineData("HARNESS_SHRINK", "off")]
    [InlineData("HARNESS_AUTO_ACCEPT", "yes")]
    [InlineData("HARNESS_TIME_BUDGET_SECONDS", "-1")]
    [InlineData("HARNESS_SHARD", "4/4")]
    [InlineData("HARNESS_SHARD", "1")]
    [InlineData("HARNESS_SHARD", "-1/2")]
    public void Every_bad_environment_value_names_its_variable(string variable, string value)
    {
        string message = Error(Variables.Of((variable, value)));

        Assert.StartsWith($"{variable} \"{value}\" in the environment ", message, StringComparison.Ordinal);
        Assert.Contains($"Fix: set {variable} to ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_outside_its_campaign_says_what_a_shard_looks_like()
    {
        Assert.Equal(
            "HARNESS_SHARD \"3/3\" in the environment is out of range. Allowed: i/n with 0 <= i < n <= 1000000, such as 0/4 (the first of four shards). Fix: set HARNESS_SHARD to an allowed value.",
            Error(Variables.Of(("HARNESS_SHARD", "3/3"))));
    }

    [Fact]
    public void A_misspelt_environment_strategy_gets_a_suggestion()
    {
        Assert.Equal(
            "HARNESS_STRATEGY \"pctt\" in the environment is not a strategy the harness knows. Allowed: random, pct, exhaustive, portfolio, pos, surw. Did you mean \"pct\"? Fix: set HARNESS_STRATEGY to one of the allowed values.",
            Error(Variables.Of(("HARNESS_STRATEGY", "pctt"))));
    }

    [Fact]
    public void A_bad_environment_value_is_reported_even_when_the_attribute_overrides_it()
    {
        var exception = Assert.Throws<SettingsException>(() => SettingsResolver.Resolve(
            tree.Root, new AttributeOverrides { Seed = 1 }, Variables.Of(("HARNESS_SEED", "soon"))));

        Assert.StartsWith("HARNESS_SEED \"soon\" in the environment is not a number.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_environment_variables_count_as_unset()
    {
        var settings = SettingsResolver.Resolve(
            tree.Root, AttributeOverrides.None, Variables.Of(("HARNESS_ITERATIONS", ""), ("HARNESS_SEED", "  "), ("HARNESS_REPLAY", "")));

        Assert.Equal(new Setting<int>(1000, "default"), settings.Iterations);
        Assert.Equal(new Setting<ulong>(0, "default"), settings.Seed);
        Assert.Null(settings.ReplayPath.Value);
    }

    [Fact]
    public void A_bad_attribute_count_names_the_property_and_the_attribute()
    {
        Assert.Equal(
            "Iterations 0 on the [ConcurrencyFact] attribute is out of range. Allowed: a whole number from 1 to 2147483647. Fix: set Iterations to an allowed value.",
            Error(new AttributeOverrides { Iterations = 0 }));
    }

    [Fact]
    public void A_misspelt_attribute_strategy_is_validated_like_coyote_json()
    {
        Assert.Equal(
            "Strategy \"randm\" on the [ConcurrencyFact] attribute is not a strategy the harness knows. Allowed: random, pct, exhaustive, portfolio, pos, surw. Did you mean \"random\"? Fix: set Strategy to one of the allowed values.",
            Error(new AttributeOverrides { Strategy = "randm" }));
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void A_bad_attribute_watchdog_timeout_is_an_error_not_a_crash(double seconds, string shown)
    {
        string message = Error(new AttributeOverrides { WatchdogTimeoutSeconds = seconds });

        Assert.StartsWith($"WatchdogTimeoutSeconds {shown} on the [ConcurrencyFact] attribute ", message, StringComparison.Ordinal);
    }

    private string Error(Func<string, string?> environment) => Assert.Throws<SettingsException>(
        () => SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, environment)).Message;

    private string Error(AttributeOverrides overrides) => Assert.Throws<SettingsException>(
        () => SettingsResolver.Resolve(tree.Root, overrides, Variables.None)).Message;
}
