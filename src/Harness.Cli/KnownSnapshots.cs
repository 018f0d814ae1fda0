using System.Reflection;
using Harness.Snapshots;
using Harness.Testing;

namespace Harness.Cli;

/// <summary>
/// The verified-schedule file names the concurrency tests of one assembly read. Names, not paths: a test whose
/// source file moved to another folder still claims its schedule (the run then looks beside the new file), and a
/// theory whose rows cannot be listed claims every row, so a file is called an orphan only when no test has its name.
/// </summary>
internal sealed class KnownSnapshots
{
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
                if (IConcurrencyAttribute.Of(method) is not null)
                {
                    known.Add(type, method);
                }
            }
        }

        return known;
    }

    internal bool IsRead(string path)
    {
        string name = Path.GetFileName(path);
        return names.Contains(name) || prefixes.Exists(prefix => name.StartsWith(prefix, StringComparison.Ordinal));
    }

    private void Add(Type type, MethodInfo method)
    {
        var rows = Rows(method);
        if (rows is null)
        {
            prefixes.Add($"{type.Name}.{method.Name}_");
            rows = [null];
        }

        foreach (string? data in rows)
        {
            names.Add(SnapshotPaths.Verified("", type.Name, method.Name, data));
        }
    }

    // The data rows of a theory ([null] for a fact), or null when they cannot be listed without running code that fails.
    private static List<string?>? Rows(MethodInfo method)
    {
        try
        {
            return TheoryDataRows.Of(method) is { } rows ? [.. rows.Select(row => (string?)SnapshotPaths.DataRow(row))] : [null];
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
