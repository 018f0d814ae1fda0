using System.Reflection;

namespace Harness.Snapshots;

/// <summary>
/// Finds the folder of a test's source file, where its snapshots live. The compiler's caller path is used when
/// it is a real folder. A deterministic CI build (<c>ContinuousIntegrationBuild</c>, SourceLink) or a
/// <c>PathMap</c> rewrites it to <c>/_/...</c>, which names no folder on this machine; then, as Verify does, the
/// project directory recorded at build time (<see cref="MetadataKey"/>, written by build/Harness.props) and the
/// mapped path's tail locate the file. When neither works the test fails: writing under <c>/_</c> at the
/// filesystem root, or silently not finding the committed schedules, would be worse.
/// </summary>
internal static class SourceFolder
{
    /// <summary>The <see cref="AssemblyMetadataAttribute"/> key holding the test project's directory.</summary>
    internal const string MetadataKey = "Harness.ProjectDirectory";

    internal static string Of(string sourceFile, Assembly assembly, string testName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        string? projectDirectory = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == MetadataKey)?.Value;
        return Resolve(sourceFile, projectDirectory)
            ?? throw new InvalidOperationException(Unresolved(sourceFile, projectDirectory, testName));
    }

    /// <summary>The source folder, or null when neither the caller path nor the project directory finds it.</summary>
    internal static string? Resolve(string sourceFile, string? projectDirectory)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        if (Path.IsPathRooted(sourceFile) && Path.GetDirectoryName(sourceFile) is { Length: > 0 } folder && Directory.Exists(folder) && !IsMapped(sourceFile))
        {
            return folder;
        }

        if (string.IsNullOrEmpty(projectDirectory) || !Directory.Exists(projectDirectory) || sourceFile.Length == 0)
        {
            return null;
        }

        // "/_/tests/Orders.Tests/Sub/A.cs" under a map of the repository root, "/_/Sub/A.cs" under a map of the
        // project: the longest tail that exists below the project directory is the file.
        string[] parts = Unmapped(sourceFile).Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        for (int skip = 0; skip < parts.Length; skip++)
        {
            string candidate = Path.Combine([projectDirectory, .. parts.Skip(skip)]);
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate);
            }
        }

        return null;
    }

    // The SDK maps source roots to "/_/", "/_1/", ...; a PathMap may name any root, but those are the defaults.
    private static bool IsMapped(string path) =>
        path.StartsWith("/_/", StringComparison.Ordinal) || (path.StartsWith("/_", StringComparison.Ordinal) && path.Length > 2 && char.IsAsciiDigit(path[2]));

    private static string Unmapped(string path) => IsMapped(path) ? path[(path.IndexOf('/', 1) + 1)..] : path;

    private static string Unresolved(string sourceFile, string? projectDirectory, string testName) =>
        $"{testName}: cannot find the test's source folder, where its schedule snapshots are kept. The compiler recorded the source file as '{sourceFile}', which is not a folder on this machine (a ContinuousIntegrationBuild or PathMap build maps source paths to /_/), and "
        + (projectDirectory is null
            ? $"the test assembly does not record its project directory (no [AssemblyMetadata(\"{MetadataKey}\", ...)])."
            : $"the project directory recorded at build time, {projectDirectory}, {(Directory.Exists(projectDirectory) ? "does not hold that file" : "does not exist here")}.")
        + " Fix: import the harness's build/Harness.props in the test project (the Harness package does this itself) and run the tests from the checkout they were built in, or build them without -p:ContinuousIntegrationBuild=true / PathMap.";
}
