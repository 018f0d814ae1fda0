using System.Globalization;
using Harness.Settings;

namespace Harness.Tests.Settings;

public sealed class DescribeTests : IDisposable
{
    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    [Fact]
    public void The_defaults_describe_as_the_documented_line() =>
        Assert.Equal(
            "strategy=portfolio seed=0 iterations=1000 strategy-bound=3 max-steps=10000 watchdog=5s",
            EffectiveSettings.Defaults.Describe());

    [Fact]
    public void Every_value_appears_in_a_fixed_order_whatever_the_culture_and_without_auto_accept_or_replay()
    {
        var environment = Variables.Of(("HARNESS_AUTO_ACCEPT", "true"), ("HARNESS_REPLAY", "x.schedule"));
        var overrides = new AttributeOverrides
        {
            Iterations = 12345, Strategy = "PCT", StrategyBound = 2, MaxSteps = 50000, Seed = ulong.MaxValue, WatchdogTimeoutSeconds = 0.25,
        };
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var settings = SettingsResolver.Resolve(tree.Root, overrides, environment);

            Assert.Equal(
                "strategy=pct seed=18446744073709551615 iterations=12345 strategy-bound=2 max-steps=50000 watchdog=0.25s",
                settings.Describe());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void To_options_carries_every_engine_setting()
    {
        var overrides = new AttributeOverrides
        {
            Iterations = 9, Strategy = "pct", StrategyBound = 4, MaxSteps = 99, Seed = 5, WatchdogTimeoutSeconds = 0.25,
        };

        var options = SettingsResolver.Resolve(tree.Root, overrides, Variables.None).ToOptions();

        Assert.Equal(
            new ExplorationOptions
            {
                Iterations = 9, Strategy = SchedulingStrategy.Pct, StrategyBound = 4, MaxSteps = 99, Seed = 5,
                WatchdogTimeout = TimeSpan.FromMilliseconds(250),
            },
            options);
    }

    [Fact]
    public void A_watchdog_timeout_below_one_tick_still_gives_the_engine_a_positive_timeout()
    {
        var options = SettingsResolver.Resolve(tree.Root, new AttributeOverrides { WatchdogTimeoutSeconds = 1e-12 }, Variables.None).ToOptions();

        Assert.Equal(TimeSpan.FromTicks(1), options.WatchdogTimeout);
    }
}
