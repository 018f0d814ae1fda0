using Harness.Tests.Samples;

namespace Harness.Cli.Tests;

public sealed class SnapshotsCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("harness-cli-snapshots-").FullName;
    private readonly string assembly = typeof(LostUpdateFacts).Assembly.Location;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Check_lists_a_verified_schedule_whose_test_is_gone_and_exits_one()
    {
        string kept = Write("LostUpdateFacts.Unguarded_adds_lose_an_update.schedule.verified.txt");
        string row = Write(Path.Combine("Sub", "TheoryRows.Adders_keep_every_update_3.schedule.verified.txt"));
        string orphan = Write(Path.Combine("Sub", "LostUpdateFacts.Renamed_long_ago.schedule.verified.txt"));
        Write(Path.Combine("bin", "Release", "LostUpdateFacts.Copied_by_the_build.schedule.verified.txt"));

        var (code, output, _) = Run("--check", "--assembly", assembly, "--folder", folder);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal([$"orphan: {orphan} (unreadable)"], output.Split('\n').Where(line => line.StartsWith("orphan:", StringComparison.Ordinal)));
        Assert.Contains("1 verified schedule(s)", output, StringComparison.Ordinal);
        Assert.True(File.Exists(kept) && File.Exists(row) && File.Exists(orphan));
    }

    [Fact]
    public void Check_exits_zero_when_every_verified_schedule_has_its_test()
    {
        Write("LostUpdateFacts.Unguarded_adds_lose_an_update.schedule.verified.txt");

        var (code, output, _) = Run("--check", "--assembly", assembly, "--folder", folder);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("every verified schedule", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Prune_removes_only_the_orphans()
    {
        string kept = Write("LostUpdateFacts.Unguarded_adds_lose_an_update.schedule.verified.txt");
        string orphan = Write("Gone.Test.schedule.verified.txt");

        var (code, output, _) = Run("--prune", "--assembly", assembly, "--folder", folder);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"removed: {orphan}", output, StringComparison.Ordinal);
        Assert.True(File.Exists(kept));
        Assert.False(File.Exists(orphan));
    }

    [Fact]
    public void Without_a_folder_the_project_directory_recorded_in_the_assembly_is_searched()
    {
        var (code, output, error) = Run("--check", "--assembly", assembly);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Harness.Tests.Samples", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void Snapshots_without_an_assembly_is_a_usage_error()
    {
        var (code, _, error) = Run("--check");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("usage: harness", error, StringComparison.Ordinal);
    }

    private string Write(string relative)
    {
        string path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "not parsed unless listed\n");
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(["snapshots", .. arguments], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
