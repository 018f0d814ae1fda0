using System.Reflection;
using Harness.Settings;

namespace Harness.Xunit;

/// <summary>What the fact and theory attributes share: where the test lives and the properties the user set.</summary>
internal interface IConcurrencyAttribute
{
    string SourceFile { get; }

    ConcurrencyAttributeSettings Settings { get; }

    /// <summary>The concurrency attribute on <paramref name="method"/>, fact or theory; null when it has none.</summary>
    static IConcurrencyAttribute? Of(MethodInfo method) =>
        (IConcurrencyAttribute?)method.GetCustomAttribute<ConcurrencyFactAttribute>() ?? method.GetCustomAttribute<ConcurrencyTheoryAttribute>();
}

/// <summary>
/// The attribute properties a user actually set. Attribute properties cannot be nullable, so the setters record
/// "was set" here; unset values fall through to environment variables and coyote.json.
/// </summary>
internal sealed class ConcurrencyAttributeSettings
{
    internal int? Iterations { get; set; }

    internal string? Strategy { get; set; }

    internal int? StrategyBound { get; set; }

    internal int? MaxSteps { get; set; }

    internal long? Seed { get; set; }

    internal double? WatchdogTimeoutSeconds { get; set; }

    internal BugKind? ExpectedBug { get; set; }

    /// <summary>What the user set, for the settings resolver (attributes override every other source).</summary>
    internal AttributeOverrides ToOverrides() => new()
    {
        Iterations = Iterations,
        Strategy = Strategy,
        StrategyBound = StrategyBound,
        MaxSteps = MaxSteps,
        Seed = Seed is { } seed ? unchecked((ulong)seed) : null,
        WatchdogTimeoutSeconds = WatchdogTimeoutSeconds,
    };
}
