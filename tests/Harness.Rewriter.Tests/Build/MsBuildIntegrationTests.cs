using Harness.TestSupport;

namespace Harness.Rewriter.Tests.Build;

/// <summary>
/// The MSBuild target end to end, on a throwaway library and a project that names it in coyote.json. Slow (three
/// real builds), so it is one test; it needs no network (the projects have no packages).
/// </summary>
public sealed class MsBuildIntegrationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("harness-msbuild-").FullName;

    [Fact]
    public void Building_rewrites_the_named_library_into_the_output_incrementally_leaves_its_own_bin_alone_and_rejects_an_unknown_name()
    {
        WriteProjects();
        string rewritten = Path.Combine(folder, "app", "obj", "Debug", "net10.0", "harness-rewritten", "Lib.dll");
        string stamp = Path.Combine(Path.GetDirectoryName(rewritten)!, "rewrite.stamp");

        var first = Build();
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("Harness.Rewriter: Lib.dll: 1 call sites redirected", first.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(rewritten), File.ReadAllBytes(Path.Combine(folder, "app", "bin", "Debug", "net10.0", "Lib.dll")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "lib", "obj", "Debug", "net10.0", "Lib.dll")), File.ReadAllBytes(Path.Combine(folder, "lib", "bin", "Debug", "net10.0", "Lib.dll")));
        var written = (File.GetLastWriteTimeUtc(rewritten), File.GetLastWriteTimeUtc(stamp));

        var second = Build();
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.DoesNotContain("Harness.Rewriter:", second.Output, StringComparison.Ordinal);
        Assert.Equal(written, (File.GetLastWriteTimeUtc(rewritten), File.GetLastWriteTimeUtc(stamp)));

        File.WriteAllText(Path.Combine(folder, "app", "coyote.json"), """{ "Assemblies": ["Lib", "Lbi"] }""");
        var third = Build();
        Assert.NotEqual(0, third.ExitCode);
        Assert.Contains("error HRW001", third.Output, StringComparison.Ordinal);
        Assert.Contains("names \"Lbi\" in \"Assemblies\", but the project references no assembly of that name", third.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_whose_coyote_json_is_missing_or_names_no_assemblies_builds_with_no_rewriter_step_and_no_warning()
    {
        WriteProjects();
        string app = Path.Combine(folder, "app");
        string rewrittenFolder = Path.Combine(app, "obj", "Debug", "net10.0", "harness-rewritten");
        File.Delete(Path.Combine(app, "coyote.json"));
        Assert.Null(CoyoteJsonAbove(app));

        foreach (string? settings in new[] { null, """{ "Iterations": 10, "Assemblies": [] }""" })
        {
            if (settings is not null)
            {
                File.WriteAllText(Path.Combine(app, "coyote.json"), settings);
            }

            var build = Build();
            Assert.True(build.ExitCode == 0, build.Output);
            Assert.DoesNotContain("Harness.Rewriter", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal);
            Assert.False(Directory.Exists(rewrittenFolder), "no rewriter step ran");
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string? CoyoteJsonAbove(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, "coyote.json")))
            {
                return current.FullName;
            }
        }

        return null;
    }

    private void WriteProjects()
    {
        string repository = RepositoryFolders.Root();
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        string rewriter = Path.Combine(repository, "src", "Harness.Rewriter", "bin", configuration, "net10.0", "Harness.Rewriter.dll");
        string targets = Path.Combine(repository, "src", "Harness.Rewriter", "build", "Harness.Rewriting.targets");
        string harness = typeof(Harness.Interception.TaskCalls).Assembly.Location;

        Directory.CreateDirectory(Path.Combine(folder, "lib"));
        File.WriteAllText(Path.Combine(folder, "lib", "Lib.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "lib", "Work.cs"), "namespace Lib;\npublic static class Work\n{\n    public static Task Go() => Task.Run(() => { });\n}\n");

        Directory.CreateDirectory(Path.Combine(folder, "app"));
        File.WriteAllText(Path.Combine(folder, "app", "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <HarnessRewriteEnabled>true</HarnessRewriteEnabled>
                <HarnessRewriterPath>{rewriter}</HarnessRewriterPath>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../lib/Lib.csproj" />
                <Reference Include="Harness"><HintPath>{harness}</HintPath></Reference>
              </ItemGroup>
              <Import Project="{targets}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "app", "coyote.json"), """{ "Assemblies": ["Lib"] }""");
    }

    private (int ExitCode, string Output) Build() => ChildBuild.Run(Path.Combine(folder, "app"));
}
