using Harness.Settings;

namespace Harness.Tests.Settings;

public sealed class PrecedenceTests : IDisposable
{
    private const string FullFile = """
        {
          "Iterations": 50,
          "Strategy": "pct",
          "StrategyBound": 4,
          "MaxSteps": 600,
          "Seed": 7,
          "WatchdogTimeoutSeconds": 2.5,
          "Shrink": false,
          "Workers": 2,
          "TimerRaces": true,
          "TimeBudgetSeconds": 90,
          "Shard": "1/3",
          "AutoAccept": true,
          "Assemblies": ["MyApp", "MyApp.Core"]
        }
        """;

    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    [Fact]
    public void Every_value_is_the_engine_default_when_no_source_sets_anything()
    {
        var settings = SettingsResolver.Resolve(tree.Folder("a/b"), AttributeOverrides.None, Variables.None);

        var defaults = new ExplorationOptions();
        Assert.Equal(defaults, settings.ToOptions());
        Assert.False(settings.AutoAccept.Value);
        Assert.Null(settings.ReplayPath.Value);
        Assert.Empty(settings.Assemblies.Value);
        Assert.All(Sources(settings), source => Assert.Equal("default", source));
    }

    [Fact]
    public void Coyote_json_overrides_every_default_it_names()
    {
        string path = tree.CoyoteJson(".", FullFile);

        var settings = SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.None);

        Assert.Equal(50, settings.Iterations.Value);
        Assert.Equal(SchedulingStrategy.Pct, settings.Strategy.Value);
        Assert.Equal(4, settings.StrategyBound.Value);
        Assert.Equal(600, settings.MaxSteps.Value);
        Assert.Equal(7UL, settings.Seed.Value);
        Assert.Equal(2.5, settings.WatchdogTimeoutSeconds.Value);
        Assert.False(settings.Shrink.Value);
        Assert.False(settings.ToOptions().Shrink);
        Assert.Equal(2, settings.ToOptions().Workers);
        Assert.True(settings.ToOptions().TimerRaces);
        Assert.Equal(TimeSpan.FromSeconds(90), settings.ToOptions().TimeBudget);
        Assert.Equal((1, 3), (settings.ToOptions().ShardIndex, settings.ToOptions().ShardCount));
        Assert.True(settings.AutoAccept.Value);
        Assert.Equal(["MyApp", "MyApp.Core"], settings.Assemblies.Value);
        Assert.Equal($"coyote.json at {path}", settings.Iterations.Source);
        Assert.Equal("default", settings.ReplayPath.Source);
    }

    [Fact]
    public void Environment_variables_override_coyote_json()
    {
        tree.CoyoteJson(".", FullFile);
        var environment = Variables.Of(
            ("HARNESS_ITERATIONS", "60"), ("HARNESS_STRATEGY", "RANDOM"), ("HARNESS_STRATEGY_BOUND", "5"),
            ("HARNESS_MAX_STEPS", "700"), ("HARNESS_SEED", "18446744073709551615"),
            ("HARNESS_WATCHDOG_TIMEOUT_SECONDS", "0.5"), ("HARNESS_SHRINK", "TRUE"), ("HARNESS_WORKERS", "0"), ("HARNESS_TIMER_RACES", "false"), ("HARNESS_TIME_BUDGET_SECONDS", "30.5"), ("HARNESS_SHARD", " 2/4 "), ("HARNESS_AUTO_ACCEPT", "0"), ("HARNESS_REPLAY", "/snapshots/a.schedule"));

        var settings = SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, environment);

        Assert.Equal(new Setting<int>(60, "HARNESS_ITERATIONS"), settings.Iterations);
        Assert.Equal(new Setting<SchedulingStrategy>(SchedulingStrategy.Random, "HARNESS_STRATEGY"), settings.Strategy);
        Assert.Equal(new Setting<int>(5, "HARNESS_STRATEGY_BOUND"), settings.StrategyBound);
        Assert.Equal(new Setting<int>(700, "HARNESS_MAX_STEPS"), settings.MaxSteps);
        Assert.Equal(new Setting<ulong>(ulong.MaxValue, "HARNESS_SEED"), settings.Seed);
        Assert.Equal(new Setting<double>(0.5, "HARNESS_WATCHDOG_TIMEOUT_SECONDS"), settings.WatchdogTimeoutSeconds);
        Assert.Equal(new Setting<bool>(true, "HARNESS_SHRINK"), settings.Shrink);
        Assert.Equal(new Setting<int>(0, "HARNESS_WORKERS"), settings.Workers);
        Assert.Equal(new Setting<bool>(false, "HARNESS_TIMER_RACES"), settings.TimerRaces);
        Assert.Equal(new Setting<double>(30.5, "HARNESS_TIME_BUDGET_SECONDS"), settings.TimeBudgetSeconds);
        Assert.Equal(new Setting<(int, int)>((2, 4), "HARNESS_SHARD"), settings.Shard);
        Assert.Equal(new Setting<bool>(false, "HARNESS_AUTO_ACCEPT"), settings.AutoAccept);
        Assert.Equal(new Setting<string?>("/snapshots/a.schedule", "HARNESS_REPLAY"), settings.ReplayPath);
    }

    [Fact]
    public void Attribute_properties_override_environment_variables()
    {
        tree.CoyoteJson(".", FullFile);
        var environment = Variables.Of(
            ("HARNESS_ITERATIONS", "60"), ("HARNESS_STRATEGY", "random"), ("HARNESS_STRATEGY_BOUND", "5"),
            ("HARNESS_MAX_STEPS", "700"), ("HARNESS_SEED", "8"), ("HARNESS_WATCHDOG_TIMEOUT_SECONDS", "0.5"), ("HARNESS_TIMER_RACES", "true"), ("HARNESS_TIME_BUDGET_SECONDS", "30"));
        var overrides = new AttributeOverrides
        {
            Iterations = 70, Strategy = "Pct", StrategyBound = 6, MaxSteps = 800, Seed = 9, WatchdogTimeoutSeconds = 10, TimerRaces = false, TimeBudgetSeconds = 120,
        };

        var settings = SettingsResolver.Resolve(tree.Root, overrides, environment);

        Assert.Equal(
            new ExplorationOptions
            {
                Iterations = 70, Strategy = SchedulingStrategy.Pct, StrategyBound = 6, MaxSteps = 800, Seed = 9,
                WatchdogTimeout = TimeSpan.FromSeconds(10), Shrink = false, Workers = 2, TimerRaces = false,
                TimeBudget = TimeSpan.FromSeconds(120), ShardIndex = 1, ShardCount = 3,
            },
            settings.ToOptions());
        Assert.All(Sources(settings).Take(6), source => Assert.Equal("attribute", source));
        Assert.Equal("attribute", settings.TimerRaces.Source);
        Assert.Equal("attribute", settings.TimeBudgetSeconds.Source);
    }

    [Fact]
    public void The_nearest_coyote_json_wins_whole_and_is_not_merged_with_farther_ones()
    {
        tree.CoyoteJson(".", """{ "Iterations": 10, "Seed": 99 }""");
        string nearest = tree.CoyoteJson("a", """{ "Iterations": 20 }""");

        var settings = SettingsResolver.Resolve(tree.Folder("a/b/c"), AttributeOverrides.None, Variables.None);

        Assert.Equal(new Setting<int>(20, $"coyote.json at {nearest}"), settings.Iterations);
        Assert.Equal(new Setting<ulong>(0, "default"), settings.Seed);
    }

    [Fact]
    public void Every_source_shows_in_the_provenance()
    {
        string path = tree.CoyoteJson(".", """{ "Strategy": "pct" }""");
        var environment = Variables.Of(("HARNESS_SEED", "42"), ("HARNESS_REPLAY", "run.schedule"));

        var settings = SettingsResolver.Resolve(tree.Root, new AttributeOverrides { Iterations = 3 }, environment);

        Assert.Equal(
            $"""
            Iterations = 3 (attribute)
            Strategy = pct (coyote.json at {path})
            StrategyBound = 3 (default)
            MaxSteps = 10000 (default)
            Seed = 42 (HARNESS_SEED)
            WatchdogTimeoutSeconds = 5 (default)
            Shrink = true (default)
            Workers = 1 (default)
            TimerRaces = false (default)
            TimeBudgetSeconds = 600 (default)
            Shard = 0/1 (default)
            AutoAccept = false (default)
            Replay = run.schedule (HARNESS_REPLAY)
            Assemblies = [] (default)
            UncontrolledConcurrency = report (default)
            Engine = harness (default)

            """.ReplaceLineEndings("\n"),
            settings.DescribeSources());
    }

    internal static IEnumerable<string> Sources(EffectiveSettings settings) =>
    [
        settings.Iterations.Source, settings.Strategy.Source, settings.StrategyBound.Source, settings.MaxSteps.Source,
        settings.Seed.Source, settings.WatchdogTimeoutSeconds.Source, settings.Shrink.Source, settings.Workers.Source, settings.TimerRaces.Source, settings.TimeBudgetSeconds.Source, settings.Shard.Source, settings.AutoAccept.Source,
        settings.ReplayPath.Source, settings.Assemblies.Source,
    ];
}
