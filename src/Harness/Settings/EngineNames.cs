namespace Harness.Settings;

/// <summary>
/// The engines a test can run under: the harness's own scheduler (the default) or Coyote's systematic scheduler
/// through the Harness.Coyote adapter, a cross-check that never replaces the default.
/// </summary>
internal static class EngineNames
{
    /// <summary>The harness's own engine.</summary>
    internal const string Harness = "harness";

    /// <summary>Coyote's TestingEngine, loaded from the Harness.Coyote assembly.</summary>
    internal const string Coyote = "coyote";

    /// <summary>Every engine's name, in the order errors list them.</summary>
    internal static IReadOnlyList<string> All { get; } = [Harness, Coyote];

    /// <summary>An engine, by its name in any case, in its canonical lower-case spelling.</summary>
    internal static string Parse(RawSetting raw) =>
        All.FirstOrDefault(name => string.Equals(name, raw.Text.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw raw.Invalid("is not an engine the harness knows", string.Join(", ", All), Suggestions.Closest(raw.Text, All), "one of the allowed values");
}
