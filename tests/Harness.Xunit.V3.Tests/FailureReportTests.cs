using System.Diagnostics;
using Harness.Xunit.V3.Tests.Samples;

namespace Harness.Xunit.V3.Tests;

/// <summary>
/// A failing concurrency test under xUnit v3, run as a user runs it: this test assembly is its own console runner,
/// started in a child process on the explicit sample, and its report and received snapshot are read back.
/// </summary>
public sealed class FailureReportTests
{
    private const string Test = "Harness.Xunit.V3.Tests.Samples.LostUpdateFacts.Unguarded_adds_lose_an_update";

    [Fact]
    public async Task A_found_bug_is_reported_in_the_v2_message_shape_and_its_schedule_written()
    {
        string received = Path.Combine(SamplesFolder(), "LostUpdateFacts.Unguarded_adds_lose_an_update.schedule.received.txt");
        File.Delete(received);
        try
        {
            var (exitCode, output) = await RunSampleAsync(Test, "-explicit", "only");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Harness.Xunit.ConcurrencyBugException", output, StringComparison.Ordinal);
            Assert.Contains($"{Test}: found a bug in iteration", output, StringComparison.Ordinal);
            Assert.Contains("AssertionFailure: in 'test' an assertion failed at LostUpdateFacts.cs:", output, StringComparison.Ordinal);
            Assert.Contains("total is 1, expected 2", output, StringComparison.Ordinal);
            Assert.Contains("trace (", output, StringComparison.Ordinal);
            Assert.Contains($"schedule: {received}", output, StringComparison.Ordinal);
            Assert.Contains($"replay: HARNESS_REPLAY=\"{received}\"", output, StringComparison.Ordinal);
            Assert.DoesNotContain("ConcurrencyTestRunner", output, StringComparison.Ordinal);
            Assert.StartsWith($"harness schedule snapshot, format 1\ntest: {Test}\n", await File.ReadAllTextAsync(received, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(received);
            File.Delete(Path.ChangeExtension(received, ".md"));
        }
    }

    [Fact]
    public async Task A_concurrency_theory_runs_row_by_row_under_the_projects_own_runner_without_pre_enumeration()
    {
        // The console runner lists theory rows at discovery only when asked (-preEnumerateTheories); dotnet test asks.
        var (exitCode, output) = await RunSampleAsync("Harness.Xunit.V3.Tests.Samples.LostUpdateFacts.Guarded_adds_from_each_row_keep_every_update");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("cannot be listed one by one", output, StringComparison.Ordinal);
        Assert.Matches(@"Total: [2-9]", output);
    }

    private static async Task<(int ExitCode, string Output)> RunSampleAsync(string method, params string[] options)
    {
        string assembly = typeof(LostUpdateFacts).Assembly.Location;
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Under dotnet test the host is dotnet itself; the assembly is then the program to run.
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(assembly);
        }

        foreach (string argument in new[] { "-method", method, "-noColor", "-noLogo" }.Concat(options))
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (child.ExitCode, await output + await error);
    }

    private static string SamplesFolder([System.Runtime.CompilerServices.CallerFilePath] string self = "") =>
        Path.Combine(Path.GetDirectoryName(self)!, "Samples");
}
