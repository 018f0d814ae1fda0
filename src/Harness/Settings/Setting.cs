namespace Harness.Settings;

/// <summary>A resolved value and where it came from, so a surprising value can be traced to its source.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Source">
/// Where it came from: <c>default</c>, <c>coyote.json at &lt;path&gt;</c>, an environment variable's name such as
/// <c>HARNESS_SEED</c>, <c>attribute</c>, or <c>CI (&lt;variable&gt;)</c> when continuous integration forced it.
/// </param>
internal readonly record struct Setting<T>(T Value, string Source);

/// <summary>The fixed provenance strings of <see cref="Setting{T}.Source"/>.</summary>
internal static class SettingSources
{
    /// <summary>The built-in default (that of <see cref="ExplorationOptions"/>).</summary>
    internal const string Default = "default";

    /// <summary>A property of the test's attribute.</summary>
    internal const string Attribute = "attribute";

    /// <summary>A coyote.json file.</summary>
    internal static string File(string path) => $"coyote.json at {path}";

    /// <summary>Continuous integration, detected through <paramref name="variable"/>.</summary>
    internal static string ContinuousIntegration(string variable) => $"CI ({variable})";
}
