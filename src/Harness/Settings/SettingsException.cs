namespace Harness.Settings;

/// <summary>
/// A setting the harness cannot use. Every message has one shape, so users learn to read it once and tests can
/// rely on it: <c>problem. Allowed: values. [Did you mean "x"?] Fix: action.</c>
/// </summary>
internal sealed class SettingsException : Exception
{
    /// <summary>Creates the exception from its parts.</summary>
    /// <param name="problem">What happened and why, naming the source and the bad value; no final period.</param>
    /// <param name="allowed">The values that would have worked; no final period.</param>
    /// <param name="suggestion">The closest allowed value to a misspelling, or null.</param>
    /// <param name="fix">The exact action that fixes it; no final period.</param>
    /// <param name="innerException">The underlying failure (a JsonException, an IOException), or null.</param>
    internal SettingsException(string problem, string allowed, string? suggestion, string fix, Exception? innerException = null)
        : base(Compose(problem, allowed, suggestion, fix), innerException)
    {
    }

    private static string Compose(string problem, string allowed, string? suggestion, string fix) =>
        suggestion is null
            ? $"{problem}. Allowed: {allowed}. Fix: {fix}."
            : $"{problem}. Allowed: {allowed}. Did you mean \"{suggestion}\"? Fix: {fix}.";
}
