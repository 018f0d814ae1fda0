using System.Reflection;
using Harness.Snapshots;

namespace Harness.Xunit;

/// <summary>A concurrency test's stable name and the paths of its schedule snapshots.</summary>
internal sealed class TestIdentity
{
    internal TestIdentity(IConcurrencyAttribute attribute, MethodInfo method, object[] arguments)
    {
        var type = method.DeclaringType!;
        string? data = arguments.Length == 0 ? null : SnapshotPaths.DataRow(arguments);
        Name = $"{type.FullName}.{method.Name}" + (data is null ? "" : $"[{data}]");
        FilterName = $"{type.FullName}.{method.Name}";
        string folder = HarnessEnvironment.SnapshotFolder
            ?? (Path.IsPathRooted(attribute.SourceFile) ? Path.GetDirectoryName(attribute.SourceFile)! : AppContext.BaseDirectory);
        Received = SnapshotPaths.Received(folder, type.Name, method.Name, data);
        Verified = SnapshotPaths.Verified(folder, type.Name, method.Name, data);
        SettingsFolder = Path.GetDirectoryName(type.Assembly.Location) is { Length: > 0 } assemblyFolder ? assemblyFolder : AppContext.BaseDirectory;
    }

    /// <summary>Full name with the data row, e.g. <c>Orders.Tests.TransferTests.Moves[3_pct]</c>: the snapshot's test line.</summary>
    internal string Name { get; }

    /// <summary>The name <c>dotnet test --filter FullyQualifiedName=...</c> matches.</summary>
    internal string FilterName { get; }

    internal string Received { get; }

    internal string Verified { get; }

    /// <summary>Where the search for coyote.json starts: the test assembly's folder.</summary>
    internal string SettingsFolder { get; }
}
