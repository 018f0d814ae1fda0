namespace Harness.Rewriter.Build;

/// <summary>
/// What the rewriter refuses: the harness itself and the shared framework (the runtime pack under
/// <c>dotnet/shared</c>). A copy-local package assembly is user code even when it is named <c>Microsoft.*</c> or
/// <c>System.*</c>: the runtime loads it from the test's output folder, so the rewritten copy is the one that runs.
/// </summary>
internal static class SharedFramework
{
    private static readonly string[] HarnessAssemblies = ["Harness", "Harness.Xunit", "Harness.Rewriter"];

    /// <summary>The <c>dotnet/shared</c> folder of the running runtime (the rewriter runs on the test's runtime).</summary>
    internal static string SharedRoot { get; } =
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", ".."));

    internal static bool IsHarness(string name) => HarnessAssemblies.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The shared framework a file lives in (<c>shared/NAME/VERSION/file.dll</c>), whatever its name, or null.</summary>
    internal static string? FrameworkOfFile(string path)
    {
        string full = Path.GetFullPath(path);
        return full.StartsWith(SharedRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full[(SharedRoot.Length + 1)..].Split(Path.DirectorySeparatorChar)[0]
            : null;
    }

    /// <summary>
    /// The shared framework (<c>Microsoft.NETCore.App</c>, <c>Microsoft.AspNetCore.App</c>...) that ships an
    /// assembly of this name, or null. Asked only for a name no copy-local file has: a package assembly with the
    /// same name as an ASP.NET Core framework assembly is copied to the output and rewritten.
    /// </summary>
    internal static string? FrameworkOf(string name)
    {
        if (!Directory.Exists(SharedRoot))
        {
            return null;
        }

        foreach (string framework in Directory.EnumerateDirectories(SharedRoot).Order(StringComparer.Ordinal))
        {
            bool ships = Directory.EnumerateDirectories(framework).SelectMany(version => Directory.EnumerateFiles(version, "*.dll"))
                .Any(file => string.Equals(Path.GetFileNameWithoutExtension(file), name, StringComparison.OrdinalIgnoreCase));
            if (ships)
            {
                return Path.GetFileName(framework);
            }
        }

        return null;
    }
}
