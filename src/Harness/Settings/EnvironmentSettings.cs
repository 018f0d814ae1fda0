namespace Harness.Settings;

/// <summary>Reads the HARNESS_* environment variables into a <see cref="SettingLayer"/>.</summary>
internal static class EnvironmentSettings
{
    /// <summary>The settings the variables set, read through <paramref name="environment"/>.</summary>
    /// <exception cref="SettingsException">A variable holds a bad value, even one a higher source overrides.</exception>
    internal static SettingLayer Read(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new SettingLayer
        {
            Iterations = Read(environment, SettingKeys.IterationsVariable, ValueRules.Count),
            Strategy = Read(environment, SettingKeys.StrategyVariable, ValueRules.Strategy),
            StrategyBound = Read(environment, SettingKeys.StrategyBoundVariable, ValueRules.Count),
            MaxSteps = Read(environment, SettingKeys.MaxStepsVariable, ValueRules.Count),
            Seed = Read(environment, SettingKeys.SeedVariable, ValueRules.Seed),
            WatchdogTimeoutSeconds = Read(environment, SettingKeys.WatchdogTimeoutSecondsVariable, ValueRules.PositiveSeconds),
            Shrink = Read(environment, SettingKeys.ShrinkVariable, ValueRules.Flag),
            Workers = Read(environment, SettingKeys.WorkersVariable, ValueRules.WorkerCount),
            TimerRaces = Read(environment, SettingKeys.TimerRacesVariable, ValueRules.Flag),
            TimeBudgetSeconds = Read(environment, SettingKeys.TimeBudgetSecondsVariable, ValueRules.PositiveSeconds),
            Shard = Read(environment, SettingKeys.ShardVariable, ValueRules.Shard),
            AutoAccept = Read(environment, SettingKeys.AutoAcceptVariable, ValueRules.Flag),
            ReplayPath = Read(environment, SettingKeys.ReplayVariable, raw => raw.Text),
            FullTrace = Read(environment, SettingKeys.TraceVariable, ValueRules.FullTrace),
            UncontrolledConcurrency = Read(environment, SettingKeys.UncontrolledConcurrencyVariable, ValueRules.UncontrolledConcurrency),
            Engine = Read(environment, SettingKeys.EngineVariable, EngineNames.Parse),
        };
    }

    /// <summary>The value of <paramref name="variable"/>, or null when it is unset or blank.</summary>
    /// <remarks>
    /// Blank counts as unset because CI templates and shells export empty variables to mean "not given"
    /// (and Windows cannot hold an empty variable at all).
    /// </remarks>
    internal static string? Value(Func<string, string?> environment, string variable)
    {
        string? value = environment(variable);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static Setting<T>? Read<T>(Func<string, string?> environment, string variable, Func<RawSetting, T> rule)
    {
        if (Value(environment, variable) is not { } value)
        {
            return null;
        }

        var raw = RawSetting.Quoted(SettingOrigin.Environment(variable), value);
        return raw.Resolved(rule(raw));
    }
}
