using System.Reflection;
using System.Runtime.CompilerServices;

namespace Harness.Cli.Tests;

/// <summary>
/// The CLI on an xUnit v3 test assembly, loaded as a user's assembly (this project is v2): the schedule the v3 adapter
/// recorded for a theory row (committed beside the v3 samples) replays and reproduces its bug.
/// </summary>
public sealed class V3TheoryReplayTests : IDisposable
{
    private const string RowTest = "Harness.Xunit.V3.Tests.Samples.LostUpdateFacts.Recorded_lost_update_of_a_row_replays_first[2]";
    private readonly string folder = Directory.CreateTempSubdirectory("harness-cli-v3-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_schedule_recorded_by_an_xunit_v3_theory_row_replays_and_reproduces_its_bug()
    {
        var (code, output, _) = Cli("replay", RowSnapshot(), "--assembly", V3Assembly());

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"replaying {RowTest} (6 steps, recorded verdict: AssertionFailure)", output, StringComparison.Ordinal);
        Assert.Contains("verdict: AssertionFailure: in 'test' an assertion failed at LostUpdateFacts.cs:", output, StringComparison.Ordinal);
        Assert.Contains("total is 1, expected 2", output, StringComparison.Ordinal);
        Assert.Contains("reproduced: the replay gave the recorded verdict and trace", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_v3_snapshot_naming_a_row_the_theory_no_longer_has_exits_two_with_the_fix()
    {
        string path = Path.Combine(folder, "LostUpdateFacts.Recorded_lost_update_of_a_row_replays_first_7.schedule.verified.txt");
        File.WriteAllText(path, File.ReadAllText(RowSnapshot()).Replace("replays_first[2]", "replays_first[7]", StringComparison.Ordinal));

        var (code, _, error) = Cli("replay", path, "--assembly", V3Assembly());

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("has no data row [7]", error, StringComparison.Ordinal);
        Assert.Contains("Fix: the theory's data changed: record the schedule again", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshots_check_counts_a_v3_theory_rows_schedule_as_read()
    {
        var (code, output, _) = Cli("snapshots", "--check", "--assembly", V3Assembly(), "--folder", Path.GetDirectoryName(RowSnapshot())!);

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain("orphan:", output, StringComparison.Ordinal);
    }

    private static string V3Assembly()
    {
        string path = typeof(V3TheoryReplayTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "V3TestAssembly").Value!;
        return File.Exists(path) ? path : throw new InvalidOperationException($"The xUnit v3 samples are not built at {path}. Fix: dotnet build tests/Harness.Cli.Tests (it builds them first).");
    }

    private static string RowSnapshot([CallerFilePath] string self = "") =>
        Path.Combine(Path.GetDirectoryName(self)!, "..", "Harness.Xunit.V3.Tests", "Samples", "LostUpdateFacts.Recorded_lost_update_of_a_row_replays_first_2.schedule.verified.txt");

    private static (int Code, string Output, string Error) Cli(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(arguments, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
