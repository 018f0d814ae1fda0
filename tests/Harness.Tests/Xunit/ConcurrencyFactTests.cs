using Harness.Tests.Samples;

namespace Harness.Tests.Xunit;

public sealed class ConcurrencyFactTests
{
    private const string Buggy = nameof(LostUpdateFacts.Unguarded_adds_lose_an_update);
    private const string BuggyReceived = "LostUpdateFacts.Unguarded_adds_lose_an_update.schedule.received.txt";

    [Fact]
    public void A_buggy_fact_fails_with_the_verdict_the_trace_and_the_commands_to_replay_and_accept()
    {
        using var sandbox = new SampleSandbox();

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), Buggy);

        Assert.False(outcome.Passed);
        Assert.Contains("AssertionFailure: in 'test' an assertion failed at LostUpdateFacts.cs:", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("total is 1, expected 2", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("trace (", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ConcurrencyTestInvoker", outcome.Message, StringComparison.Ordinal);
        Assert.Contains($"replay: HARNESS_REPLAY=\"{sandbox.PathOf(BuggyReceived)}\"", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("accept: mv", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_buggy_fact_writes_a_received_schedule_whose_content_is_the_same_on_a_second_run()
    {
        using var sandbox = new SampleSandbox();

        InProcessXunit.RunOne(typeof(LostUpdateFacts), Buggy);
        string first = File.ReadAllText(sandbox.PathOf(BuggyReceived));
        InProcessXunit.RunOne(typeof(LostUpdateFacts), Buggy);
        string second = File.ReadAllText(sandbox.PathOf(BuggyReceived));

        Assert.Equal([BuggyReceived], sandbox.Files("*.txt"));
        Assert.Equal(first, second);
        Assert.StartsWith("harness schedule snapshot, format 1\ntest: Harness.Tests.Samples.LostUpdateFacts.Unguarded_adds_lose_an_update\n", first, StringComparison.Ordinal);
        Assert.Contains("verdict: AssertionFailure\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_buggy_fact_draws_its_schedule_as_a_mermaid_diagram_beside_the_received_file_and_names_it()
    {
        using var sandbox = new SampleSandbox();

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), Buggy);

        string diagram = sandbox.PathOf("LostUpdateFacts.Unguarded_adds_lose_an_update.schedule.received.md");
        Assert.Contains($"diagram: {diagram} (a Mermaid sequence diagram of the schedule)", outcome.Message, StringComparison.Ordinal);
        string text = File.ReadAllText(diagram);
        Assert.StartsWith("# Harness.Tests.Samples.LostUpdateFacts.Unguarded_adds_lose_an_update\n\n", text, StringComparison.Ordinal);
        Assert.Contains("```mermaid\nsequenceDiagram\n    participant o0 as test\n", text, StringComparison.Ordinal);
        Assert.Contains(": AssertionFailure: in 'test' an assertion failed at LostUpdateFacts.cs:", text, StringComparison.Ordinal);
        Assert.EndsWith("```\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correct_fact_passes_writes_nothing_and_runs_each_iteration_on_a_fresh_instance()
    {
        using var sandbox = new SampleSandbox();
        int before = LostUpdateFacts.InstancesCreated;

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Guarded_adds_keep_every_update));

        Assert.True(outcome.Passed, outcome.Message);
        Assert.True(LostUpdateFacts.InstancesCreated - before >= 200, "one instance per iteration");
        Assert.Empty(sandbox.Files());
    }

    [Fact]
    public void A_fact_expecting_the_wrong_bug_fails_and_names_both()
    {
        using var sandbox = new SampleSandbox();

        var outcome = InProcessXunit.RunOne(typeof(LostUpdateFacts), nameof(LostUpdateFacts.Unguarded_adds_expected_to_deadlock_but_do_not));

        Assert.False(outcome.Passed);
        Assert.Contains("expected Deadlock, found AssertionFailure", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_theory_row_is_its_own_test_case()
    {
        using var sandbox = new SampleSandbox();

        var outcomes = InProcessXunit.Run(typeof(TheoryRows), nameof(TheoryRows.Adders_keep_every_update));

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, outcome => Assert.True(outcome.Passed, outcome.Message));
    }

    [Fact]
    public void A_failing_theory_row_keeps_its_own_snapshot()
    {
        using var sandbox = new SampleSandbox();

        var outcome = InProcessXunit.RunOne(typeof(TheoryRows), nameof(TheoryRows.Unguarded_adders_lose_updates));

        Assert.False(outcome.Passed);
        Assert.Equal(["TheoryRows.Unguarded_adders_lose_updates_2.schedule.received.md", "TheoryRows.Unguarded_adders_lose_updates_2.schedule.received.txt"], sandbox.Files());
    }
}
