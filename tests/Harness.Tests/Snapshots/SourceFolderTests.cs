using Harness.Snapshots;

namespace Harness.Tests.Snapshots;

public sealed class SourceFolderTests : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("harness-source-folder-").FullName;

    public SourceFolderTests()
    {
        Directory.CreateDirectory(Path.Combine(project, "Orders"));
        File.WriteAllText(Path.Combine(project, "Orders", "TransferFacts.cs"), "");
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    [Fact]
    public void A_real_caller_path_is_used_as_it_is()
    {
        string file = Path.Combine(project, "Orders", "TransferFacts.cs");

        Assert.Equal(Path.Combine(project, "Orders"), SourceFolder.Resolve(file, projectDirectory: null));
    }

    [Theory]
    [InlineData("/_/Orders/TransferFacts.cs")]
    [InlineData("/_/tests/Orders.Tests/Orders/TransferFacts.cs")]
    [InlineData("/_1/Orders/TransferFacts.cs")]
    [InlineData("/src/build/Orders/TransferFacts.cs")]
    public void A_mapped_caller_path_is_found_below_the_recorded_project_directory(string mapped)
    {
        Assert.Equal(Path.Combine(project, "Orders"), SourceFolder.Resolve(mapped, project));
    }

    [Fact]
    public void A_mapped_path_is_never_taken_for_a_folder_even_when_one_of_that_name_exists_at_the_root()
    {
        Assert.Null(SourceFolder.Resolve("/_/Orders/Missing.cs", project));
    }

    [Fact]
    public void Without_the_recorded_project_directory_a_mapped_path_is_not_resolved()
    {
        Assert.Null(SourceFolder.Resolve("/_/Orders/TransferFacts.cs", projectDirectory: null));
    }
}
