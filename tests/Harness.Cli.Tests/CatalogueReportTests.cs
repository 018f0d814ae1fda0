using System.Globalization;
using Harness;

namespace Harness.Cli.Tests;

public sealed class CatalogueReportTests
{
    [Fact]
    public void A_found_pitfall_shows_its_iterations_virtual_time_and_survived_schedules()
    {
        var outcome = Outcomes.AsExpected() with { Buggy = Outcomes.Found(BugKind.AssertionFailure, iteration: 12, virtualMilliseconds: 250) };

        var lines = CatalogueReport.Table([outcome]);

        Assert.Equal(
            [
                "id   pitfall                          expected          found             iterations  virtual time  fixed survived",
                "---  -------------------------------  ----------------  ----------------  ----------  ------------  --------------",
                "P05  lost update on a shared counter  AssertionFailure  AssertionFailure          12        250 ms       1000/1000",
            ],
            lines);
    }

    [Fact]
    public void A_pitfall_not_found_shows_none_and_dashes()
    {
        var outcome = Outcomes.AsExpected() with { Buggy = Outcomes.Clean() };

        string row = CatalogueReport.Table([outcome])[2];

        Assert.Equal("P05  lost update on a shared counter  AssertionFailure  none            -             -       1000/1000", row);
    }

    [Fact]
    public void A_failing_fixed_variant_shows_the_schedules_it_survived()
    {
        var outcome = Outcomes.AsExpected() with { Fixed = Outcomes.Found(BugKind.Deadlock, iteration: 41) };

        string row = CatalogueReport.Table([outcome])[2];

        Assert.EndsWith("40/1000", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_variant_whose_schedule_space_was_exhausted_shows_a_proof()
    {
        var outcome = Outcomes.AsExpected() with { Fixed = Outcomes.Clean() with { Iterations = 34, Exhausted = true } };

        string row = CatalogueReport.Table([outcome])[2];

        Assert.EndsWith("all 34 (proof)", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_counts_found_pitfalls_and_clean_fixed_variants()
    {
        var outcomes = new[]
        {
            Outcomes.AsExpected(),
            Outcomes.AsExpected() with { Buggy = Outcomes.Found(BugKind.Deadlock) },
            Outcomes.AsExpected() with { Fixed = Outcomes.Found(BugKind.AssertionFailure) },
        };

        Assert.Equal("catalogue: 3 pitfalls, 2 found, 2 fixed variants clean", CatalogueReport.Summary(outcomes));
    }

    [Theory]
    [InlineData(0, "0 ms")]
    [InlineData(1.5, "1.5 ms")]
    [InlineData(999, "999 ms")]
    [InlineData(2250, "2.25 s")]
    [InlineData(3_600_000, "3600 s")]
    public void Virtual_time_reads_in_milliseconds_below_a_second_and_seconds_above(double milliseconds, string expected)
    {
        Assert.Equal(expected, CatalogueReport.VirtualTime(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Fact]
    public void Formatting_ignores_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var outcome = Outcomes.AsExpected() with { Buggy = Outcomes.Found(BugKind.AssertionFailure, iteration: 1234, virtualMilliseconds: 1.5) };

            string row = CatalogueReport.Table([outcome])[2];

            Assert.Contains("  1234  ", row, StringComparison.Ordinal);
            Assert.Contains("1.5 ms", row, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void A_passing_pitfall_needs_no_explanation()
    {
        Assert.Empty(CatalogueReport.Explanation(Outcomes.AsExpected()));
    }

    [Fact]
    public void A_wrong_verdict_is_explained_with_the_report_and_schedule()
    {
        var outcome = Outcomes.AsExpected() with { Buggy = Outcomes.Found(BugKind.Deadlock) };

        var lines = CatalogueReport.Explanation(outcome);

        Assert.Equal("P05 buggy variant: expected AssertionFailure, found Deadlock", lines[0]);
        Assert.Contains("    schedule: 0:0 1:1", lines);
    }

    [Fact]
    public void A_failing_fixed_variant_is_explained_with_its_iteration()
    {
        var outcome = Outcomes.AsExpected() with { Fixed = Outcomes.Found(BugKind.LeakedTask, iteration: 7) };

        Assert.Equal("P05 fixed variant: LeakedTask in iteration 7", CatalogueReport.Explanation(outcome)[0]);
    }
}
