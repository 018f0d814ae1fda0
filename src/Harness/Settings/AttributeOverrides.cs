using System.Globalization;

namespace Harness.Settings;

/// <summary>
/// The settings a test's attribute sets: null where the user set nothing. Attribute properties cannot be
/// nullable, so the attribute adapter fills in only what the user wrote.
/// </summary>
internal sealed record AttributeOverrides
{
    /// <summary>An attribute that sets nothing.</summary>
    internal static AttributeOverrides None { get; } = new();

    /// <summary>Iterations to run at most; at least 1.</summary>
    public int? Iterations { get; init; }

    /// <summary>The strategy's name ("random", "pct", "exhaustive"; any case). A string because attribute arguments must be constants.</summary>
    public string? Strategy { get; init; }

    /// <summary>The strategy's bound; at least 1.</summary>
    public int? StrategyBound { get; init; }

    /// <summary>Scheduling steps per iteration; at least 1.</summary>
    public int? MaxSteps { get; init; }

    /// <summary>The seed.</summary>
    public ulong? Seed { get; init; }

    /// <summary>The watchdog timeout in seconds; greater than 0.</summary>
    public double? WatchdogTimeoutSeconds { get; init; }

    /// <summary>Whether a timer due later may fire while work is still ready.</summary>
    public bool? TimerRaces { get; init; }

    /// <summary>The wall-clock budget of the exploration in seconds; greater than 0.</summary>
    public double? TimeBudgetSeconds { get; init; }

    /// <summary>What to do with work the harness cannot control.</summary>
    public UncontrolledConcurrencyMode? UncontrolledConcurrency { get; init; }

    /// <summary>The engine's name ("harness" or "coyote", any case).</summary>
    public string? Engine { get; init; }

    /// <summary>The overrides as a layer, validated with the same rules as coyote.json.</summary>
    /// <exception cref="SettingsException">A property holds a bad value.</exception>
    internal SettingLayer ToLayer() => new()
    {
        Iterations = Number(nameof(Iterations), Iterations, ValueRules.Count),
        Strategy = Strategy is null ? null : Check(RawSetting.Quoted(SettingOrigin.Attribute(nameof(Strategy)), Strategy), ValueRules.Strategy),
        StrategyBound = Number(nameof(StrategyBound), StrategyBound, ValueRules.Count),
        MaxSteps = Number(nameof(MaxSteps), MaxSteps, ValueRules.Count),
        Seed = Seed is { } seed ? new Setting<ulong>(seed, SettingSources.Attribute) : null,
        WatchdogTimeoutSeconds = Number(nameof(WatchdogTimeoutSeconds), WatchdogTimeoutSeconds, ValueRules.PositiveSeconds),
        TimerRaces = TimerRaces is { } races ? new Setting<bool>(races, SettingSources.Attribute) : null,
        TimeBudgetSeconds = Number(nameof(TimeBudgetSeconds), TimeBudgetSeconds, ValueRules.PositiveSeconds),
        UncontrolledConcurrency = UncontrolledConcurrency is { } mode ? new Setting<UncontrolledConcurrencyMode>(mode, SettingSources.Attribute) : null,
        Engine = Engine is null ? null : Check(RawSetting.Quoted(SettingOrigin.Attribute(nameof(Engine)), Engine), EngineNames.Parse),
    };

    // "R" round-trips a double exactly, so validation sees the value the user wrote.
    private static Setting<T>? Number<TIn, T>(string property, TIn? value, Func<RawSetting, T> rule)
        where TIn : struct, IFormattable
    {
        if (value is not { } set)
        {
            return null;
        }

        string text = set.ToString(set is double ? "R" : null, CultureInfo.InvariantCulture);
        return Check(RawSetting.Literal(SettingOrigin.Attribute(property), text, text), rule);
    }

    private static Setting<T> Check<T>(RawSetting raw, Func<RawSetting, T> rule) => raw.Resolved(rule(raw));
}
