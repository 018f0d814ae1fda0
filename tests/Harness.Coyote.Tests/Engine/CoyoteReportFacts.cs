using System.Reflection;
using Harness.Testing;
using Harness.Xunit;

namespace Harness.Coyote.Tests.Engine;

/// <summary>
/// What a failing run under Coyote reports and keeps: run in-process with a temp snapshot folder and a fake
/// environment, so nothing lands beside the sources.
/// </summary>
public sealed class CoyoteReportFacts : IDisposable
{
    private static readonly MethodInfo Lose = typeof(LostUpdateSample).GetMethod(nameof(LostUpdateSample.LoseAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private readonly string folder = Directory.CreateTempSubdirectory("harness-coyote-").FullName;
    private readonly Dictionary<string, string> variables = [];
    private readonly IDisposable environment;

    public CoyoteReportFacts() => environment = HarnessEnvironment.Use(name => variables.GetValueOrDefault(name), folder);

    [Fact]
    public void A_lost_update_found_by_Coyote_fails_with_its_verdict_and_keeps_Coyote_s_trace_in_the_snapshot()
    {
        var failure = Assert.Throws<TestRunFailure>(Run);

        Assert.Contains("Coyote found a bug in iteration", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AssertionFailure: total is", failure.Message, StringComparison.Ordinal);
        Assert.Equal(BugKind.AssertionFailure, failure.Bug?.Kind);
        string snapshotPath = Assert.Single(Directory.GetFiles(folder, "*" + CoyoteSnapshot.ReceivedSuffix));
        Assert.Contains("schedule: " + snapshotPath, failure.Message, StringComparison.Ordinal);
        var snapshot = CoyoteSnapshot.Parse(File.ReadAllText(snapshotPath), snapshotPath);
        Assert.Equal(BugKind.AssertionFailure, snapshot.Verdict);
        Assert.True(CoyoteTrace.Steps(snapshot.Trace) > 0);
    }

    [Fact]
    public void The_trace_in_the_snapshot_replays_the_same_bug_under_Coyote()
    {
        Assert.Throws<TestRunFailure>(Run);
        variables["HARNESS_REPLAY"] = Assert.Single(Directory.GetFiles(folder, "*" + CoyoteSnapshot.ReceivedSuffix));

        var replay = Assert.Throws<TestRunFailure>(Run);

        Assert.Contains("under Coyote and reproduced the recorded bug.", replay.Message, StringComparison.Ordinal);
        Assert.Equal(BugKind.AssertionFailure, replay.Bug?.Kind);
    }

    [Fact]
    public void A_harness_snapshot_handed_to_the_Coyote_engine_is_refused_with_the_engine_to_use()
    {
        string harnessSnapshot = Path.Combine(folder, "LostUpdateSample.LoseAsync.schedule.received.txt");
        File.WriteAllText(harnessSnapshot, "harness schedule snapshot, format 1\n");
        variables["HARNESS_REPLAY"] = harnessSnapshot;

        var failure = Assert.Throws<TestRunFailure>(Run);

        Assert.Contains("Coyote cannot replay the harness's choices. Fix: replay it with Engine set to \"harness\"", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        environment.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static void Run()
    {
        var attribute = new ConcurrencyFactAttribute { Engine = "coyote", Iterations = 200, Strategy = "random", Seed = 7 };
        new ConcurrencyTestRun(attribute, Lose, [], TestBody.For(typeof(LostUpdateSample), Lose, [], [])).Execute();
    }
}
