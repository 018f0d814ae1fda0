using System.Reflection;
using Harness.Snapshots;
using Harness.Xunit;
using Xunit.Sdk;

namespace Harness.Cli;

/// <summary>
/// The verified-schedule paths the concurrency tests of one assembly read. A test whose source folder cannot be
/// resolved is matched by file name alone, and a theory whose rows cannot be listed matches any row: a file is
/// called an orphan only when no test can read it.
/// </summary>
internal sealed class KnownSnapshots
{
    private readonly HashSet<string> paths = new(StringComparer.Ordinal);
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private readonly List<string> prefixes = [];

    private KnownSnapshots(string? projectDirectory) => ProjectDirectory = projectDirectory;

    internal string? ProjectDirectory { get; }

    internal static KnownSnapshots Of(string assemblyPath)
    {
        var assembly = Assembly.LoadFrom(Path.GetFullPath(assemblyPath));
        string? project = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == SourceFolder.MetadataKey)?.Value;
        var known = new KnownSnapshots(project);
        foreach (var type in Types(assembly))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (IConcurrencyAttribute.Of(method) is { } attribute)
                {
                    known.Add(type, method, SourceFolder.Resolve(attribute.SourceFile, project));
                }
            }
        }

        return known;
    }

    internal bool IsRead(string path)
    {
        string name = Path.GetFileName(path);
        return paths.Contains(Path.GetFullPath(path)) || names.Contains(name) || prefixes.Exists(prefix => name.StartsWith(prefix, StringComparison.Ordinal));
    }

    private void Add(Type type, MethodInfo method, string? folder)
    {
        var rows = Rows(method);
        if (rows is null)
        {
            prefixes.Add($"{type.Name}.{method.Name}_");
            rows = [null];
        }

        foreach (string? data in rows)
        {
            string verified = SnapshotPaths.Verified(folder ?? "", type.Name, method.Name, data);
            _ = folder is null ? names.Add(Path.GetFileName(verified)) : paths.Add(Path.GetFullPath(verified));
        }
    }

    // The data rows of a theory ([null] for a fact), or null when they cannot be listed without running code that fails.
    private static List<string?>? Rows(MethodInfo method)
    {
        var sources = method.GetCustomAttributes<DataAttribute>().ToList();
        if (sources.Count == 0)
        {
            return [null];
        }

        try
        {
            return [.. sources.SelectMany(source => source.GetData(method)).Select(row => (string?)SnapshotPaths.DataRow(row))];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
