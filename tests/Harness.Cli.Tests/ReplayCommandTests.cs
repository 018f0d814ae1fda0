using Harness.Snapshots;
using Harness.Tests.Samples;
using Harness.Testing;
using Harness.Xunit;

namespace Harness.Cli.Tests;

public sealed class ReplayCommandTests : IDisposable
{
    private const string TestName = "Harness.Tests.Samples.LostUpdateFacts.Unguarded_adds_lose_an_update";
    private readonly string folder = Directory.CreateTempSubdirectory("harness-cli-replay-").FullName;
    private readonly string assembly = typeof(LostUpdateFacts).Assembly.Location;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Replaying_a_recorded_schedule_prints_its_trace_and_verdict_and_exits_zero()
    {
        string path = Record();
        var (code, output, _) = Replay(path, "--assembly", assembly);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("verdict: AssertionFailure", output, StringComparison.Ordinal);
        Assert.Contains("    0  00:00:00.000  test", output, StringComparison.Ordinal);
        Assert.Contains("reproduced:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_that_no_longer_fits_exits_one_and_names_the_step()
    {
        string path = Record();
        File.WriteAllText(path, File.ReadAllText(path).Replace("\n  0:0 ", "\n  0:7 ", StringComparison.Ordinal));

        var (code, output, _) = Replay(path, "--assembly", assembly);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("not reproduced: the schedule file was edited or damaged at step 0", output, StringComparison.Ordinal);
        Assert.Contains("Replay diverged at step 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_snapshot_exits_two_with_the_file_and_line()
    {
        string path = Path.Combine(folder, "Broken.schedule.verified.txt");
        File.WriteAllText(path, "not a snapshot\n");

        var (code, _, error) = Replay(path, "--assembly", assembly);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"Schedule snapshot {path} line 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_of_a_test_that_is_gone_exits_two_with_the_fix()
    {
        string path = Record(TestName.Replace("Unguarded_adds_lose_an_update", "Renamed_test", StringComparison.Ordinal));

        var (code, _, error) = Replay(path, "--assembly", assembly);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("has no method Renamed_test", error, StringComparison.Ordinal);
        Assert.Contains("Fix:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_diagram_the_schedule_goes_to_stdout_as_a_mermaid_sequence_diagram_and_the_rest_to_stderr()
    {
        string path = Record();

        var (code, output, error) = Replay(path, "--diagram", "--assembly", assembly);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("```mermaid\nsequenceDiagram\n    participant o0 as test\n", output, StringComparison.Ordinal);
        Assert.EndsWith("```\n", output, StringComparison.Ordinal);
        Assert.Contains("    Note over ", output, StringComparison.Ordinal);
        Assert.Contains(": AssertionFailure: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("00:00:00.000  test", output, StringComparison.Ordinal);
        Assert.Contains("reproduced:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--diagram")]
    [InlineData("--assembly")]
    [InlineData("x.txt", "--diagram", "--diagram")]
    [InlineData("x.txt", "--colour")]
    public void Replay_arguments_it_does_not_understand_exit_two_with_the_usage(params string[] arguments)
    {
        var (code, _, error) = Replay(arguments);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("usage: harness", error, StringComparison.Ordinal);
    }

    private string Record(string test = TestName)
    {
        var method = typeof(LostUpdateFacts).GetMethod(nameof(LostUpdateFacts.Unguarded_adds_lose_an_update))!;
        var result = ConcurrencyTest.Explore(TestBody.For(typeof(LostUpdateFacts), method, [], []));
        string path = Path.Combine(folder, "LostUpdateFacts.Unguarded_adds_lose_an_update.schedule.verified.txt");
        File.WriteAllText(path, SnapshotFormat.Write(SnapshotCapture.FromResult(result, test)!));
        return path;
    }

    private static (int Code, string Output, string Error) Replay(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(["replay", .. arguments], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
