using Harness.Interception;
using Harness.Rewriter.Build;

namespace Harness.Rewriter.Tests.Build;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("harness-build-command-").FullName;

    [Fact]
    public void A_name_in_Assemblies_that_the_project_does_not_reference_is_a_clear_error_with_the_fix()
    {
        var request = Request("""{ "Assemblies": ["Inventroy"] }""");

        var error = Assert.Throws<RewriteException>(() => BuildCommand.Run(request));

        Assert.Contains("names \"Inventroy\" in \"Assemblies\", but the project references no assembly of that name (its references: Harness.Rewriter.Tests.Fixture)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: reference the project or package that builds Inventroy.dll from the test project, or correct the name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harness")]
    [InlineData("Harness.Xunit")]
    public void Naming_the_harness_is_refused(string name)
    {
        var error = Assert.Throws<RewriteException>(() => BuildCommand.Run(Request($$"""{ "Assemblies": ["{{name}}"] }""")));

        Assert.Contains($"names \"{name}\" in \"Assemblies\", which is the harness itself", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.Threading.Channels", "Microsoft.NETCore.App")]
    [InlineData("System.Private.CoreLib", "Microsoft.NETCore.App")]
    public void Naming_a_shared_framework_assembly_is_refused_with_the_framework_it_comes_from(string name, string framework)
    {
        var error = Assert.Throws<RewriteException>(() => BuildCommand.Run(Request($$"""{ "Assemblies": ["{{name}}"] }""")));

        Assert.Contains($"names \"{name}\" in \"Assemblies\", which is part of the shared framework ({framework}), not a file of the test project", error.Message, StringComparison.Ordinal);
        Assert.Contains("a rewritten copy would not run", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Fix: remove \"{name}\" from \"Assemblies\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_local_file_that_lives_in_the_shared_framework_is_refused_even_under_another_name()
    {
        string channels = typeof(System.Threading.Channels.Channel).Assembly.Location;

        var error = Assert.Throws<RewriteException>(() => BuildCommand.Run(Request("""{ "Assemblies": ["System.Threading.Channels"] }""", channels)));

        Assert.Contains("which is part of the shared framework (Microsoft.NETCore.App)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_local_package_named_Microsoft_or_System_is_rewritten_like_any_other()
    {
        string package = CopyOfFixtureNamed("Microsoft.Extensions.Example");

        var outcome = BuildCommand.Run(Request("""{ "Assemblies": ["Microsoft.Extensions.Example"] }""", package));

        Assert.Equal([Path.Combine(folder, "out", "Microsoft.Extensions.Example.dll")], outcome.Replacements);
        Assert.Contains("call sites redirected", Assert.Single(outcome.Log), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_Assemblies_value_is_reported_with_the_settings_readers_message()
    {
        var error = Assert.Throws<RewriteException>(() => BuildCommand.Run(Request("""{ "Assemblies": "Fixture" }""")));

        Assert.Contains("is not an array of strings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_Assemblies_nothing_is_rewritten_or_replaced()
    {
        var outcome = BuildCommand.Run(Request("""{ "Iterations": 10 }"""));

        Assert.Empty(outcome.Replaced);
        Assert.Empty(outcome.Replacements);
    }

    [Fact]
    public void A_named_assembly_is_rewritten_into_the_output_folder_and_its_original_is_left_byte_for_byte()
    {
        string original = typeof(Fixture.CallShapes).Assembly.Location;
        byte[] before = File.ReadAllBytes(original);

        var outcome = BuildCommand.Run(Request("""{ "Assemblies": ["harness.rewriter.tests.fixture"] }"""));

        Assert.Equal([original, Path.ChangeExtension(original, ".pdb")], outcome.Replaced);
        Assert.Equal([Path.Combine(folder, "out", "Harness.Rewriter.Tests.Fixture.dll"), Path.Combine(folder, "out", "Harness.Rewriter.Tests.Fixture.pdb")], outcome.Replacements);
        Assert.Equal(before, File.ReadAllBytes(original));
        Assert.Contains("call sites redirected", Assert.Single(outcome.Log), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string CopyOfFixtureNamed(string name)
    {
        string copy = Path.Combine(folder, "packages", name + ".dll");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(typeof(Fixture.CallShapes).Assembly.Location, copy);
        return copy;
    }

    private BuildRequest Request(string json, params string[] extra)
    {
        string config = Path.Combine(folder, "coyote.json");
        File.WriteAllText(config, json);
        string fixture = typeof(Fixture.CallShapes).Assembly.Location;
        string[] references = [typeof(TaskCalls).Assembly.Location, fixture, Path.ChangeExtension(fixture, ".pdb"), .. extra];
        return new BuildRequest(config, references, Path.Combine(folder, "out"), null);
    }
}
