namespace Harness.Settings;

/// <summary>The canonical names of the settings: coyote.json keys and their environment variables.</summary>
internal static class SettingKeys
{
    internal const string Iterations = nameof(Iterations);
    internal const string Strategy = nameof(Strategy);
    internal const string StrategyBound = nameof(StrategyBound);
    internal const string MaxSteps = nameof(MaxSteps);
    internal const string Seed = nameof(Seed);
    internal const string WatchdogTimeoutSeconds = nameof(WatchdogTimeoutSeconds);
    internal const string Shrink = nameof(Shrink);
    internal const string Workers = nameof(Workers);
    internal const string TimerRaces = nameof(TimerRaces);
    internal const string TimeBudgetSeconds = nameof(TimeBudgetSeconds);
    internal const string Shard = nameof(Shard);
    internal const string AutoAccept = nameof(AutoAccept);
    internal const string Assemblies = nameof(Assemblies);
    internal const string Trace = nameof(Trace);
    internal const string UncontrolledConcurrency = nameof(UncontrolledConcurrency);
    internal const string Engine = nameof(Engine);

    internal const string IterationsVariable = "HARNESS_ITERATIONS";
    internal const string StrategyVariable = "HARNESS_STRATEGY";
    internal const string StrategyBoundVariable = "HARNESS_STRATEGY_BOUND";
    internal const string MaxStepsVariable = "HARNESS_MAX_STEPS";
    internal const string SeedVariable = "HARNESS_SEED";
    internal const string WatchdogTimeoutSecondsVariable = "HARNESS_WATCHDOG_TIMEOUT_SECONDS";
    internal const string ShrinkVariable = "HARNESS_SHRINK";
    internal const string WorkersVariable = "HARNESS_WORKERS";
    internal const string TimerRacesVariable = "HARNESS_TIMER_RACES";
    internal const string TimeBudgetSecondsVariable = "HARNESS_TIME_BUDGET_SECONDS";
    internal const string ShardVariable = "HARNESS_SHARD";
    internal const string AutoAcceptVariable = "HARNESS_AUTO_ACCEPT";
    internal const string ReplayVariable = "HARNESS_REPLAY";
    internal const string TraceVariable = "HARNESS_TRACE";
    internal const string UncontrolledConcurrencyVariable = "HARNESS_UNCONTROLLED_CONCURRENCY";
    internal const string EngineVariable = "HARNESS_ENGINE";

    /// <summary>Every key coyote.json may hold, in the order errors list them.</summary>
    internal static IReadOnlyList<string> FileKeys { get; } =
        [Iterations, Strategy, StrategyBound, MaxSteps, Seed, WatchdogTimeoutSeconds, Shrink, Workers, TimerRaces, TimeBudgetSeconds, Shard, AutoAccept, Assemblies, UncontrolledConcurrency, Trace, Engine];

    /// <summary>The canonical spelling of <paramref name="key"/> (keys ignore case), or null for an unknown key.</summary>
    internal static string? Canonical(string key) =>
        FileKeys.FirstOrDefault(known => string.Equals(known, key, StringComparison.OrdinalIgnoreCase));
}
