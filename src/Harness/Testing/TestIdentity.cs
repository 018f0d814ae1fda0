using System.Reflection;
using Harness.Snapshots;

namespace Harness.Testing;

/// <summary>A concurrency test's stable name and the paths of its schedule snapshots.</summary>
internal sealed class TestIdentity
{
    internal TestIdentity(IConcurrencyAttribute attribute, MethodInfo method, object[] arguments)
    {
        var type = method.DeclaringType!;
        string? data = arguments.Length == 0 ? null : SnapshotPaths.DataRow(arguments);
        Name = $"{type.FullName}.{method.Name}" + (data is null ? "" : $"[{data}]");
        FilterName = $"{type.FullName}.{method.Name}";
        Folder = HarnessEnvironment.SnapshotFolder ?? SourceFolder.Of(attribute.SourceFile, type.Assembly, Name);
        Received = SnapshotPaths.Received(Folder, type.Name, method.Name, data);
        Verified = SnapshotPaths.Verified(Folder, type.Name, method.Name, data);
        SettingsFolder = Path.GetDirectoryName(type.Assembly.Location) is { Length: > 0 } assemblyFolder ? assemblyFolder : AppContext.BaseDirectory;
    }

    /// <summary>Full name with the data row, e.g. <c>Orders.Tests.TransferTests.Moves[3_pct]</c>: the snapshot's test line.</summary>
    internal string Name { get; }

    /// <summary>The name <c>dotnet test --filter FullyQualifiedName=...</c> matches.</summary>
    internal string FilterName { get; }

    /// <summary>The folder the test's snapshots are kept in: its source folder.</summary>
    internal string Folder { get; }

    internal string Received { get; }

    internal string Verified { get; }

    /// <summary>Where the search for coyote.json starts: the test assembly's folder.</summary>
    internal string SettingsFolder { get; }
}
