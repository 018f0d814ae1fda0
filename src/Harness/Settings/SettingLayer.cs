namespace Harness.Settings;

/// <summary>
/// The values one source sets (coyote.json, the environment, the attribute); null where it is silent, so layers
/// can be stacked by precedence.
/// </summary>
internal sealed record SettingLayer
{
    /// <summary>A source that sets nothing.</summary>
    internal static SettingLayer Empty { get; } = new();

    internal Setting<int>? Iterations { get; init; }

    internal Setting<SchedulingStrategy>? Strategy { get; init; }

    internal Setting<int>? StrategyBound { get; init; }

    internal Setting<int>? MaxSteps { get; init; }

    internal Setting<ulong>? Seed { get; init; }

    internal Setting<double>? WatchdogTimeoutSeconds { get; init; }

    internal Setting<bool>? Shrink { get; init; }

    internal Setting<int>? Workers { get; init; }

    internal Setting<bool>? TimerRaces { get; init; }

    /// <summary>"Trace": "full" (true) or "folded" (false).</summary>
    internal Setting<bool>? FullTrace { get; init; }

    internal Setting<double>? TimeBudgetSeconds { get; init; }

    internal Setting<(int Index, int Count)>? Shard { get; init; }

    internal Setting<bool>? AutoAccept { get; init; }

    internal Setting<string>? ReplayPath { get; init; }

    internal Setting<IReadOnlyList<string>>? Assemblies { get; init; }

    internal Setting<UncontrolledConcurrencyMode>? UncontrolledConcurrency { get; init; }

    /// <summary>The engine that explores: "harness" or "coyote" (see <see cref="EngineNames"/>).</summary>
    internal Setting<string>? Engine { get; init; }
}
