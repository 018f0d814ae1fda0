using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Harness.Interception;
using Harness.TestSupport;
using Scenarios.Plain.Inventory;

namespace Scenarios.Plain.Tests.Rewriting;

/// <summary>What the build did to Scenarios.Plain: the copy in this output is rewritten, the project's own is not.</summary>
public sealed class RewrittenAssemblyTests
{
    [Fact]
    public void The_loaded_library_carries_the_marker_of_this_harness_version()
    {
        var marker = typeof(StockLedger).Assembly.GetCustomAttributes(typeof(RewrittenByHarnessAttribute), false);

        var attribute = Assert.IsType<RewrittenByHarnessAttribute>(Assert.Single(marker));
        Assert.Equal(RewrittenAssemblies.HarnessVersion, attribute.Version);
    }

    [Fact]
    public void The_library_projects_own_output_is_left_unrewritten()
    {
        string loaded = typeof(StockLedger).Assembly.Location;
        string configuration = new DirectoryInfo(Path.GetDirectoryName(loaded)!).Parent!.Name;
        string original = Path.Combine(RepositoryFolders.Root(), "src", "Scenarios.Plain", "bin", configuration, "net10.0", "Scenarios.Plain.dll");

        Assert.True(File.Exists(original), original);
        Assert.True(HasMarker(loaded));
        Assert.False(HasMarker(original));
    }

    private static bool HasMarker(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var reader = pe.GetMetadataReader();
        return reader.GetAssemblyDefinition().GetCustomAttributes()
            .Select(handle => reader.GetCustomAttribute(handle).Constructor)
            .Where(constructor => constructor.Kind == HandleKind.MemberReference)
            .Select(constructor => reader.GetMemberReference((MemberReferenceHandle)constructor).Parent)
            .Where(parent => parent.Kind == HandleKind.TypeReference)
            .Any(parent => reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) == nameof(RewrittenByHarnessAttribute));
    }
}
