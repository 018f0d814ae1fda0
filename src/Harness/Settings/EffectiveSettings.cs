using System.Globalization;
using System.Text;

namespace Harness.Settings;

/// <summary>The settings a test runs with, every value resolved and tagged with the source that set it.</summary>
/// <param name="Iterations">Iterations to run at most.</param>
/// <param name="Strategy">The scheduling strategy.</param>
/// <param name="StrategyBound">The strategy's bound.</param>
/// <param name="MaxSteps">Scheduling steps per iteration before a livelock is reported.</param>
/// <param name="Seed">The seed.</param>
/// <param name="WatchdogTimeoutSeconds">The watchdog timeout, in seconds as written.</param>
/// <param name="Shrink">Whether a failing schedule is shrunk before it is reported.</param>
/// <param name="Workers">Scheduler threads exploring at once (0: one per processor); results do not depend on it.</param>
/// <param name="TimerRaces">Whether a timer due later may fire while work is still ready, as if that work were slow.</param>
/// <param name="TimeBudgetSeconds">Wall-clock seconds one exploration may take before it stops and the test fails.</param>
/// <param name="Shard">This run's share of the iteration indices (index, count); (0, 1) runs them all.</param>
/// <param name="AutoAccept">Whether new or changed schedule snapshots are accepted without review; never under CI.</param>
/// <param name="ReplayPath">A schedule snapshot file to replay instead of exploring, or null.</param>
/// <param name="Assemblies">Assemblies the build rewrites (read at build time by Harness.Rewriter, see docs/rewriting.md).</param>
/// <param name="UncontrolledConcurrency">What a run does with work it cannot control: report it or allow it (partly controlled).</param>
/// <param name="FullTrace">"Trace": "full" shows every step of a report's trace; false folds the runs inside a library.</param>
internal sealed record EffectiveSettings(
    Setting<int> Iterations,
    Setting<SchedulingStrategy> Strategy,
    Setting<int> StrategyBound,
    Setting<int> MaxSteps,
    Setting<ulong> Seed,
    Setting<double> WatchdogTimeoutSeconds,
    Setting<bool> Shrink,
    Setting<int> Workers,
    Setting<bool> TimerRaces,
    Setting<double> TimeBudgetSeconds,
    Setting<(int Index, int Count)> Shard,
    Setting<bool> AutoAccept,
    Setting<string?> ReplayPath,
    Setting<IReadOnlyList<string>> Assemblies,
    Setting<UncontrolledConcurrencyMode> UncontrolledConcurrency,
    Setting<bool> FullTrace)
{
    /// <summary>The engine that explores (<see cref="EngineNames"/>); an init property so the record's positional shape stays as it was.</summary>
    internal Setting<string> Engine { get; init; } = new(EngineNames.Harness, SettingSources.Default);

    /// <summary>The built-in defaults: those of <see cref="ExplorationOptions"/>, so the two cannot drift apart.</summary>
    internal static EffectiveSettings Defaults { get; } = FromOptions(new ExplorationOptions());

    /// <summary>The options the engine runs with.</summary>
    internal ExplorationOptions ToOptions() => new()
    {
        Iterations = Iterations.Value,
        Strategy = Strategy.Value,
        StrategyBound = StrategyBound.Value,
        MaxSteps = MaxSteps.Value,
        Seed = Seed.Value,
        Shrink = Shrink.Value,
        Workers = Workers.Value,
        TimerRaces = TimerRaces.Value,
        TimeBudget = TimeSpan.FromTicks(Math.Max(1, (long)Math.Round(TimeBudgetSeconds.Value * TimeSpan.TicksPerSecond))),
        ShardIndex = Shard.Value.Index,
        ShardCount = Shard.Value.Count,
        UncontrolledConcurrency = UncontrolledConcurrency.Value,
        FullTrace = FullTrace.Value,

        // A positive timeout below one tick would round to zero, which the engine rejects; one tick is the nearest.
        WatchdogTimeout = TimeSpan.FromTicks(Math.Max(1, (long)Math.Round(WatchdogTimeoutSeconds.Value * TimeSpan.TicksPerSecond))),
    };

    /// <summary>
    /// The settings that decide the schedules, on one line, for snapshot files:
    /// <c>strategy=random seed=0 iterations=1000 strategy-bound=3 max-steps=10000 watchdog=5s</c>.
    /// Byte-stable: fixed order, invariant culture, shortest round-trip form of the seconds.
    /// </summary>
    internal string Describe() => ToOptions().Describe();

    /// <summary>Every setting with its value and source, one per line, for reports that must explain a value.</summary>
    internal string DescribeSources()
    {
        var lines = new StringBuilder();
        Line(lines, SettingKeys.Iterations, Iterations);
        Line(lines, SettingKeys.Strategy, new Setting<string>(StrategyNames.Name(Strategy.Value), Strategy.Source));
        Line(lines, SettingKeys.StrategyBound, StrategyBound);
        Line(lines, SettingKeys.MaxSteps, MaxSteps);
        Line(lines, SettingKeys.Seed, Seed);
        Line(lines, SettingKeys.WatchdogTimeoutSeconds, WatchdogTimeoutSeconds);
        Line(lines, SettingKeys.Shrink, new Setting<string>(Shrink.Value ? "true" : "false", Shrink.Source));
        Line(lines, SettingKeys.Workers, Workers);
        Line(lines, SettingKeys.TimerRaces, new Setting<string>(TimerRaces.Value ? "true" : "false", TimerRaces.Source));
        Line(lines, SettingKeys.TimeBudgetSeconds, TimeBudgetSeconds);
        Line(lines, SettingKeys.Shard, new Setting<string>(string.Create(CultureInfo.InvariantCulture, $"{Shard.Value.Index}/{Shard.Value.Count}"), Shard.Source));
        Line(lines, SettingKeys.AutoAccept, new Setting<string>(AutoAccept.Value ? "true" : "false", AutoAccept.Source));
        Line(lines, "Replay", ReplayPath with { Value = ReplayPath.Value ?? "(none)" });
        Line(lines, SettingKeys.Assemblies, new Setting<string>($"[{string.Join(", ", Assemblies.Value)}]", Assemblies.Source));
        Line(lines, SettingKeys.UncontrolledConcurrency, new Setting<string>(UncontrolledConcurrency.Value.ToString().ToLowerInvariant(), UncontrolledConcurrency.Source));
        Line(lines, SettingKeys.Engine, Engine);
        return lines.ToString();
    }

    private static EffectiveSettings FromOptions(ExplorationOptions options) => new(
        new(options.Iterations, SettingSources.Default),
        new(options.Strategy, SettingSources.Default),
        new(options.StrategyBound, SettingSources.Default),
        new(options.MaxSteps, SettingSources.Default),
        new(options.Seed, SettingSources.Default),
        new(options.WatchdogTimeout.TotalSeconds, SettingSources.Default),
        new(options.Shrink, SettingSources.Default),
        new(options.Workers, SettingSources.Default),
        new(options.TimerRaces, SettingSources.Default),
        new(options.TimeBudget.TotalSeconds, SettingSources.Default),
        new((options.ShardIndex, options.ShardCount), SettingSources.Default),
        new(false, SettingSources.Default),
        new(null, SettingSources.Default),
        new([], SettingSources.Default),
        new(options.UncontrolledConcurrency, SettingSources.Default),
        new(options.FullTrace, SettingSources.Default));

    private static void Line<T>(StringBuilder lines, string key, Setting<T> setting) =>
        lines.Append(CultureInfo.InvariantCulture, $"{key} = {setting.Value} ({setting.Source})\n");
}
