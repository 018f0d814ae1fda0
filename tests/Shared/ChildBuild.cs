using System.Diagnostics;

namespace Harness.TestSupport;

/// <summary>A real <c>dotnet build</c> of a throwaway project, as a user's build runs it (linked into each test project that needs it).</summary>
internal static class ChildBuild
{
    /// <summary>Builds the project in <paramref name="workingDirectory"/>; returns the exit code and everything it printed.</summary>
    internal static (int ExitCode, string Output) Run(string workingDirectory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
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
}
