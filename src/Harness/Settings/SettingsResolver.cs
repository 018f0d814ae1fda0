namespace Harness.Settings;

/// <summary>
/// Resolves a test's settings. Precedence, highest first: the attribute, HARNESS_* environment variables, the
/// nearest coyote.json, the built-in defaults. Every source is validated in full, even where a higher one wins,
/// so a mistake is reported where it was made instead of surfacing when the override is removed.
/// </summary>
internal static class SettingsResolver
{
    // CI alone must say true or 1 (CI=false is a common way to switch it off); the rest only need to be set.
    private static readonly string[] BuildServerVariables =
    [
        "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "JENKINS_URL", "TEAMCITY_VERSION",
        "BUILDKITE", "APPVEYOR", "TRAVIS", "CIRCLECI", "BITBUCKET_BUILD_NUMBER",
    ];

    /// <summary>The effective settings of a test.</summary>
    /// <param name="startDirectory">Where the search for coyote.json starts: the test assembly's folder.</param>
    /// <param name="overrides">What the test's attribute sets.</param>
    /// <param name="environment">Reads an environment variable; null for the process environment.</param>
    /// <exception cref="SettingsException">A source holds a bad value.</exception>
    internal static EffectiveSettings Resolve(string startDirectory, AttributeOverrides overrides, Func<string, string?>? environment = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(startDirectory);
        ArgumentNullException.ThrowIfNull(overrides);
        environment ??= Environment.GetEnvironmentVariable;

        var file = CoyoteJson.Find(startDirectory) is { } path ? CoyoteJson.Load(path) : SettingLayer.Empty;
        var variables = EnvironmentSettings.Read(environment);
        var attribute = overrides.ToLayer();
        var defaults = EffectiveSettings.Defaults;

        // Accepting snapshots on a build server would turn every regression into a silently updated snapshot.
        var autoAccept = ContinuousIntegrationVariable(environment) is { } ci
            ? new Setting<bool>(false, SettingSources.ContinuousIntegration(ci))
            : attribute.AutoAccept ?? variables.AutoAccept ?? file.AutoAccept ?? defaults.AutoAccept;

        var replay = attribute.ReplayPath ?? variables.ReplayPath ?? file.ReplayPath;
        return new EffectiveSettings(
            attribute.Iterations ?? variables.Iterations ?? file.Iterations ?? defaults.Iterations,
            attribute.Strategy ?? variables.Strategy ?? file.Strategy ?? defaults.Strategy,
            attribute.StrategyBound ?? variables.StrategyBound ?? file.StrategyBound ?? defaults.StrategyBound,
            attribute.MaxSteps ?? variables.MaxSteps ?? file.MaxSteps ?? defaults.MaxSteps,
            attribute.Seed ?? variables.Seed ?? file.Seed ?? defaults.Seed,
            attribute.WatchdogTimeoutSeconds ?? variables.WatchdogTimeoutSeconds ?? file.WatchdogTimeoutSeconds ?? defaults.WatchdogTimeoutSeconds,
            attribute.Shrink ?? variables.Shrink ?? file.Shrink ?? defaults.Shrink,
            attribute.Workers ?? variables.Workers ?? file.Workers ?? defaults.Workers,
            attribute.TimerRaces ?? variables.TimerRaces ?? file.TimerRaces ?? defaults.TimerRaces,
            attribute.TimeBudgetSeconds ?? variables.TimeBudgetSeconds ?? file.TimeBudgetSeconds ?? defaults.TimeBudgetSeconds,
            variables.Shard ?? file.Shard ?? defaults.Shard,
            autoAccept,
            replay is { } set ? new Setting<string?>(set.Value, set.Source) : defaults.ReplayPath,
            attribute.Assemblies ?? variables.Assemblies ?? file.Assemblies ?? defaults.Assemblies,
            attribute.UncontrolledConcurrency ?? variables.UncontrolledConcurrency ?? file.UncontrolledConcurrency ?? defaults.UncontrolledConcurrency,
            variables.FullTrace ?? file.FullTrace ?? defaults.FullTrace)
        {
            Engine = attribute.Engine ?? variables.Engine ?? file.Engine ?? defaults.Engine,
        };
    }

    /// <summary>Whether the process runs on a build server: CI is true or 1, or a known build server's variable is set.</summary>
    internal static bool IsContinuousIntegration(Func<string, string?> environment) =>
        ContinuousIntegrationVariable(environment) is not null;

    /// <summary>The variable that shows a build server, or null when none does.</summary>
    private static string? ContinuousIntegrationVariable(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? ci = EnvironmentSettings.Value(environment, "CI")?.Trim();
        if (string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase) || ci == "1")
        {
            return "CI";
        }

        return Array.Find(BuildServerVariables, variable => EnvironmentSettings.Value(environment, variable) is not null);
    }
}
