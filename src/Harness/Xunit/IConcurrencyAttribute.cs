namespace Harness.Xunit;

/// <summary>What the fact and theory attributes share: where the test lives and the properties the user set.</summary>
internal interface IConcurrencyAttribute
{
    string SourceFile { get; }

    ConcurrencyAttributeSettings Settings { get; }
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
}
