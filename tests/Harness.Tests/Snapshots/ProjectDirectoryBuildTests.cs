using System.Diagnostics;
using System.Reflection;
using Harness.Snapshots;

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
        string props = Path.Combine(RepositoryRoot(), "src", "Harness", "build", "Harness.props");
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

        var (code, output) = Build();
        Assert.True(code == 0, output);

        var assembly = Assembly.LoadFrom(Path.Combine(folder, "bin", "Debug", "net10.0", "Probe.dll"));
        string mapped = (string)assembly.GetType("Probe.Where")!.GetMethod("Here")!.Invoke(null, null)!;
        Assert.Equal("/_/Facts/Where.cs", mapped.Replace('\\', '/'));
        Assert.Equal(Path.Combine(folder, "Facts"), SourceFolder.Of(mapped, assembly, "Probe.Test"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int ExitCode, string Output) Build()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:m", "-clp:NoSummary" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own MSBuild settings would point the child build at the wrong SDK pieces.
        foreach (string variable in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(v => v.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)))
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Harness.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Harness.sln not found above " + AppContext.BaseDirectory);
    }
}
