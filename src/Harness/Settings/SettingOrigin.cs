namespace Harness.Settings;

/// <summary>Where a raw value was written, phrased for error messages and provenance.</summary>
/// <param name="Subject">What the message names first: the key, variable or property.</param>
/// <param name="Where">The place, as a phrase: "in /x/coyote.json", "in the environment".</param>
/// <param name="FixTarget">What the fix tells the user to set.</param>
/// <param name="Provenance">The <see cref="Setting{T}.Source"/> of a value read from here.</param>
internal sealed record SettingOrigin(string Subject, string Where, string FixTarget, string Provenance)
{
    /// <summary>The attribute users put on their tests; named in messages about its properties.</summary>
    internal const string AttributeName = "[ConcurrencyFact]";

    /// <summary>Key <paramref name="key"/> of the coyote.json at <paramref name="path"/>.</summary>
    internal static SettingOrigin File(string path, string key) =>
        new(key, $"in {path}", $"\"{key}\"", SettingSources.File(path));

    /// <summary>Environment variable <paramref name="variable"/>.</summary>
    internal static SettingOrigin Environment(string variable) =>
        new(variable, "in the environment", variable, variable);

    /// <summary>Property <paramref name="property"/> of the test's attribute.</summary>
    internal static SettingOrigin Attribute(string property) =>
        new(property, $"on the {AttributeName} attribute", property, SettingSources.Attribute);
}
