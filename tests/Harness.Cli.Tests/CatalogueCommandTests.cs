using Harness;
using Scenarios;

namespace Harness.Cli.Tests;

public sealed class CatalogueCommandTests
{
    private static readonly ExplorationOptions FewIterations = new() { Iterations = 50, Strategy = SchedulingStrategy.Random };

    [Fact]
    public void Exit_code_is_zero_when_every_pitfall_behaves_as_expected()
    {
        Assert.Equal(0, CatalogueCommand.ExitCode([Outcomes.AsExpected(), Outcomes.AsExpected()]));
    }

    [Fact]
    public void Exit_code_is_one_when_a_buggy_variant_is_not_found()
    {
        var outcome = Outcomes.AsExpected() with { Buggy = Outcomes.Clean() };

        Assert.Equal(1, CatalogueCommand.ExitCode([Outcomes.AsExpected(), outcome]));
    }

    [Fact]
    public void Exit_code_is_one_when_a_buggy_variant_gets_another_verdict()
    {
        var outcome = Outcomes.AsExpected() with { Buggy = Outcomes.Found(BugKind.Deadlock) };

        Assert.Equal(1, CatalogueCommand.ExitCode([outcome]));
    }

    [Fact]
    public void Exit_code_is_one_when_the_found_bug_does_not_replay()
    {
        var outcome = Outcomes.AsExpected() with { Buggy = Outcomes.Found(BugKind.AssertionFailure) with { ReplayProblem = "diverged at step 4" } };

        Assert.Equal(1, CatalogueCommand.ExitCode([outcome]));
    }

    [Fact]
    public void Exit_code_is_one_when_a_fixed_variant_fails()
    {
        var outcome = Outcomes.AsExpected() with { Fixed = Outcomes.Found(BugKind.AssertionFailure, iteration: 999) };

        Assert.Equal(1, CatalogueCommand.ExitCode([outcome]));
    }

    [Fact]
    public void The_real_catalogue_passes_and_prints_progress_table_and_summary()
    {
        using var output = new StringWriter();

        int exitCode = new CatalogueCommand(Catalogue.All, FewIterations, output).Run();

        string text = output.ToString();
        int lostUpdatePosition = Catalogue.All.Select(pitfall => pitfall.Id).ToList().IndexOf("P05") + 1;
        Assert.Equal(0, exitCode);
        Assert.Contains($"[{lostUpdatePosition}/{Catalogue.All.Count}] P05 lost update on a shared counter: buggy: AssertionFailure in iteration", text, StringComparison.Ordinal);
        Assert.Contains("id   pitfall", text, StringComparison.Ordinal);
        Assert.EndsWith($"catalogue: {Catalogue.All.Count} pitfalls, {Catalogue.All.Count} found, {Catalogue.All.Count} fixed variants clean\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_buggy_variant_that_passes_fails_the_run_and_says_why()
    {
        var pitfall = Outcomes.LostUpdate with { Buggy = Outcomes.Passes };
        using var output = new StringWriter();

        int exitCode = new CatalogueCommand([pitfall], FewIterations, output).Run();

        Assert.Equal(1, exitCode);
        Assert.Contains("P05 buggy variant: expected AssertionFailure, but all 50 schedules passed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("catalogue: 1 pitfalls, 0 found, 1 fixed variants clean", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_variant_that_fails_fails_the_run_with_its_report()
    {
        var pitfall = Outcomes.LostUpdate with { Buggy = Outcomes.FailsAnAssertion, Fixed = Outcomes.Deadlocks };
        using var output = new StringWriter();

        int exitCode = new CatalogueCommand([pitfall], FewIterations, output).Run();

        string text = output.ToString();
        Assert.Equal(1, exitCode);
        Assert.Contains("P05 fixed variant: Deadlock in iteration 1", text, StringComparison.Ordinal);
        Assert.Contains("    schedule: ", text, StringComparison.Ordinal);
        Assert.Contains("catalogue: 1 pitfalls, 1 found, 0 fixed variants clean", text, StringComparison.Ordinal);
    }
}
