using System.Reflection;
using Harness.Snapshots;
using Harness.Testing;

namespace Harness.Cli;

/// <summary>A concurrency test found from a snapshot's test name, ready to replay.</summary>
internal sealed record LocatedTest(MethodInfo Method, IConcurrencyAttribute Attribute, Func<Task> Body, string AssemblyFolder);

/// <summary>
/// Finds the test a schedule snapshot belongs to: in the given assembly, or else in the newest build of the
/// project the snapshot file sits in (walking up to the nearest .csproj).
/// </summary>
internal static class TestLocator
{
    internal static LocatedTest Find(string testName, string snapshotPath, string? assemblyPath)
    {
        string assemblyFile = assemblyPath ?? BuiltAssemblyNear(snapshotPath);
        var assembly = Assembly.LoadFrom(Path.GetFullPath(assemblyFile));
        int bracket = testName.IndexOf('[', StringComparison.Ordinal);
        string name = bracket < 0 ? testName : testName[..bracket];
        string? data = bracket < 0 ? null : testName[(bracket + 1)..].TrimEnd(']');
        int dot = name.LastIndexOf('.');
        var type = (dot > 0 ? assembly.GetType(name[..dot]) : null)
            ?? throw Problem($"the snapshot names test {testName}, but {assemblyFile} has no class {(dot > 0 ? name[..dot] : name)}", "rebuild the test project, or pass the right assembly with --assembly");
        var method = type.GetMethod(name[(dot + 1)..], BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            ?? throw Problem($"class {type.FullName} has no method {name[(dot + 1)..]}", "the test was renamed or removed: record the schedule again");
        var attribute = IConcurrencyAttribute.Of(method)
            ?? throw Problem($"{type.FullName}.{method.Name} is not a [ConcurrencyFact] or [ConcurrencyTheory]", "replay snapshots of concurrency tests only");
        if (!method.IsStatic && type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw Problem($"{type.FullName} needs constructor arguments (fixtures or ITestOutputHelper) that only xUnit can supply", $"replay through xUnit: HARNESS_REPLAY=\"{snapshotPath}\" dotnet test --filter \"FullyQualifiedName={name}\"");
        }

        object?[] arguments = data is null ? [] : Row(method, data);
        return new LocatedTest(method, attribute, TestBody.For(type, method, [], arguments), Path.GetDirectoryName(Path.GetFullPath(assemblyFile))!);
    }

    private static object?[] Row(MethodInfo method, string data)
    {
        foreach (object?[] row in TheoryDataRows.Of(method) ?? [])
        {
            if (SnapshotPaths.DataRow(row) == data)
            {
                return row;
            }
        }

        throw Problem($"{method.DeclaringType!.FullName}.{method.Name} has no data row [{data}]", "the theory's data changed: record the schedule again");
    }

    private static string BuiltAssemblyNear(string snapshotPath)
    {
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(snapshotPath))!); folder is not null; folder = folder.Parent)
        {
            var project = folder.GetFiles("*.csproj").FirstOrDefault();
            if (project is null)
            {
                continue;
            }

            string assemblyName = Path.GetFileNameWithoutExtension(project.Name) + ".dll";
            var built = new DirectoryInfo(Path.Combine(folder.FullName, "bin")) is { Exists: true } bin
                ? bin.GetFiles(assemblyName, SearchOption.AllDirectories).OrderByDescending(f => f.LastWriteTimeUtc).FirstOrDefault()
                : null;
            return built?.FullName
                ?? throw Problem($"the project {project.FullName} has not been built (no {assemblyName} under its bin folder)", $"run dotnet build {project.FullName}, or pass the test assembly with --assembly");
        }

        throw Problem($"no .csproj found above {snapshotPath}", "pass the test assembly with --assembly path/to/Tests.dll");
    }

    private static InvalidOperationException Problem(string what, string fix) => new($"Cannot replay: {what}. Fix: {fix}.");
}
