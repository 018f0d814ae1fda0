namespace Harness.Settings;

/// <summary>A value as the user wrote it, before validation; every source funnels through this.</summary>
/// <param name="Origin">Where it was written.</param>
/// <param name="Text">The text the rules parse (trimmed; a JSON string's content).</param>
/// <param name="Shown">The value as error messages quote it.</param>
internal readonly record struct RawSetting(SettingOrigin Origin, string Text, string Shown)
{
    // Long values (a whole JSON object by mistake) would drown the message.
    private const int MaxShownLength = 60;

    /// <summary>Text the user typed as a string (an environment variable, a string property): quoted in messages.</summary>
    internal static RawSetting Quoted(SettingOrigin origin, string text) =>
        new(origin, text.Trim(), Shorten($"\"{text}\""));

    /// <summary>A value whose text is already how the user would recognise it (a number, raw JSON).</summary>
    internal static RawSetting Literal(SettingOrigin origin, string text, string shown) =>
        new(origin, text.Trim(), Shorten(shown));

    /// <summary>The value, tagged with this origin's provenance.</summary>
    internal Setting<T> Resolved<T>(T value) => new(value, Origin.Provenance);

    /// <summary>The error for this value.</summary>
    /// <param name="problem">Why it is wrong, as a predicate: "is out of range".</param>
    /// <param name="allowed">The values that would work.</param>
    /// <param name="suggestion">The closest allowed value, or null.</param>
    /// <param name="fixValue">What the fix tells the user to set it to.</param>
    internal SettingsException Invalid(string problem, string allowed, string? suggestion = null, string fixValue = "an allowed value") =>
        new($"{Origin.Subject} {Shown} {Origin.Where} {problem}", allowed, suggestion, $"set {Origin.FixTarget} to {fixValue}");

    private static string Shorten(string shown) =>
        shown.Length <= MaxShownLength ? shown : string.Concat(shown.AsSpan(0, MaxShownLength), "...");
}
