using System.Reflection;
using Harness.Snapshots;
using Harness.TestSupport;

namespace Harness.Tests.Snapshots;

/// <summary>
/// One real build of a throwaway project with <c>ContinuousIntegrationBuild</c> and a <c>PathMap</c>, importing
/// build/Harness.props: its caller paths come out as <c>/_/...</c>, and the recorded project directory still
/// finds the source folder. Slow (a real build), so it is one test; it needs no network (no packages).
/// </summary>
public sealed class ProjectDirectoryBuildTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("harness-pathmap-").FullName;

    [Fact]
    public void A_path_mapped_ci_build_records_its_project_directory_and_the_source_folder_is_found_from_it()
    {
        string props = Path.Combine(RepositoryFolders.Root(), "src", "Harness", "build", "Harness.props");
        File.WriteAllText(Path.Combine(folder, "Probe.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContinuousIntegrationBuild>true</ContinuousIntegrationBuild>
                <PathMap>$(MSBuildProjectDirectory)=/_/</PathMap>
              </PropertyGroup>
              <Import Project="{props}" />
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(folder, "Facts"));
        File.WriteAllText(Path.Combine(folder, "Facts", "Where.cs"), "namespace Probe;\npublic static class Where\n{\n    public static string Here() => File();\n\n    private static string File([System.Runtime.CompilerServices.CallerFilePath] string path = \"\") => path;\n}\n");

        var (code, output) = ChildBuild.Run(folder);
        Assert.True(code == 0, output);

        var assembly = Assembly.LoadFrom(Path.Combine(folder, "bin", "Debug", "net10.0", "Probe.dll"));
        string mapped = (string)assembly.GetType("Probe.Where")!.GetMethod("Here")!.Invoke(null, null)!;
        Assert.Equal("/_/Facts/Where.cs", mapped.Replace('\\', '/'));
        Assert.Equal(Path.Combine(folder, "Facts"), SourceFolder.Of(mapped, assembly, "Probe.Test"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
