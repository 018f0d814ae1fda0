using System.Globalization;
using Harness.Settings;
using Harness.Testing;
using Microsoft.Coyote;

namespace Harness.Coyote;

/// <summary>
/// The harness settings Coyote shares, as a Coyote <see cref="Configuration"/>: iterations, seed, strategy (random,
/// PCT with its bound, or Coyote's own portfolio), max steps, the watchdog as Coyote's deadlock
/// timeout. A setting Coyote has no counterpart for is rejected, never silently dropped: strategies exhaustive, pos
/// and surw, shards, and seeds above Coyote's 32 bits. Shrink, Workers, TimerRaces and UncontrolledConcurrency do not apply under Coyote: it keeps its
/// own default of partly controlled concurrency, since in 1.7 even a rewritten Task.WhenAll returns a task it does not control.
/// </summary>
internal static class CoyoteSettings
{
    private static readonly string[] Strategies = ["random", "pct", "portfolio"];

    /// <summary>Coyote's configuration for exploring with <paramref name="settings"/>.</summary>
    /// <exception cref="TestRunFailure">A setting has no Coyote counterpart.</exception>
    internal static Configuration Explore(string testName, EffectiveSettings settings)
    {
        var configuration = Common(testName, settings)
            .WithTestingIterations((uint)settings.Iterations.Value)
            .WithRandomGeneratorSeed(Seed(testName, settings));
        return settings.Strategy.Value switch
        {
            SchedulingStrategy.Random => configuration.WithRandomStrategy(),
            SchedulingStrategy.Pct => configuration.WithPrioritizationStrategy(isFair: false, (uint)settings.StrategyBound.Value),

            // Coyote's default is its own portfolio (random, probabilistic, fair PCT, delay-bounding): not the harness's.
            SchedulingStrategy.Portfolio => configuration,
            _ => throw Unsupported(testName, settings.Strategy, $"Strategy \"{StrategyNames.Name(settings.Strategy.Value)}\"", "Coyote has no such strategy", $"set Strategy to one of {string.Join(", ", Strategies)}"),
        };
    }

    /// <summary>Coyote's configuration for replaying <paramref name="trace"/> (Coyote's reproducible trace, JSON).</summary>
    internal static Configuration Replay(string testName, EffectiveSettings settings, string trace) =>
        Common(testName, settings).WithReproducibleTrace(trace);

    /// <summary>The settings that decide Coyote's schedules, on one line, for snapshot files.</summary>
    internal static string Describe(EffectiveSettings settings) => string.Create(
        CultureInfo.InvariantCulture,
        $"engine=coyote strategy={StrategyNames.Name(settings.Strategy.Value)} seed={settings.Seed.Value} iterations={settings.Iterations.Value} strategy-bound={settings.StrategyBound.Value} max-steps={settings.MaxSteps.Value}");

    private static Configuration Common(string testName, EffectiveSettings settings)
    {
        if (settings.Shard.Value.Count > 1)
        {
            throw Unsupported(testName, settings.Shard, "Shard", "Coyote explores one seed's iterations in one run and cannot take a share of them", $"unset {SettingKeys.ShardVariable} (and \"Shard\" in coyote.json) for Coyote runs");
        }

        // Potential deadlocks are Coyote's guess where uncontrolled work might still finish: never reported as bugs.
        // Hitting MaxSteps is a bug, as under the harness (StepBoundReached).
        return Configuration.Create()
            .WithConsoleLoggingEnabled(false)
            .WithTelemetryEnabled(false)
            .WithMaxSchedulingSteps((uint)settings.MaxSteps.Value)
            .WithFailureOnMaxStepsBoundEnabled(true)
            .WithPotentialDeadlocksReportedAsBugs(false)
            .WithSystematicFuzzingFallbackEnabled(false)
            .WithDeadlockTimeout((uint)Math.Clamp(settings.WatchdogTimeoutSeconds.Value * 1000, 1, uint.MaxValue));
    }

    private static uint Seed(string testName, EffectiveSettings settings) =>
        settings.Seed.Value <= uint.MaxValue
            ? (uint)settings.Seed.Value
            : throw Unsupported(testName, settings.Seed, $"Seed {settings.Seed.Value}", "Coyote's seeds are 32-bit", "set Seed to a number from 0 to 4294967295");

    private static TestRunFailure Unsupported<T>(string testName, Setting<T> setting, string what, string why, string fix) =>
        new($"{testName}: the harness settings cannot run under Coyote. {what} ({setting.Source}) has no Coyote counterpart: {why}. Fix: {fix}, or set Engine to \"{EngineNames.Harness}\".");
}
