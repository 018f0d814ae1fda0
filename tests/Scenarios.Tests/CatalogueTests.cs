using System.Text.RegularExpressions;
using Harness;

namespace Scenarios.Tests;

public sealed partial class CatalogueTests
{
    public static TheoryData<string> PitfallIds() => [.. Catalogue.All.Select(pitfall => pitfall.Id)];

    [Fact]
    public void Catalogue_is_not_empty()
    {
        Assert.NotEmpty(Catalogue.All);
    }

    [Fact]
    public void Every_id_is_P_and_two_digits_and_unique()
    {
        var ids = Catalogue.All.Select(pitfall => pitfall.Id).ToList();

        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_pitfall_has_a_name()
    {
        Assert.All(Catalogue.All, pitfall => Assert.False(string.IsNullOrWhiteSpace(pitfall.Name), pitfall.Id));
    }

    [Fact]
    public void Pitfalls_are_listed_in_id_order()
    {
        var ids = Catalogue.All.Select(pitfall => pitfall.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Theory]
    [MemberData(nameof(PitfallIds))]
    public void Two_workers_report_exactly_what_one_thread_reports(string id)
    {
        var pitfall = Catalogue.All.Single(p => p.Id == id);
        var options = new ExplorationOptions { Seed = 11 };

        var serial = ConcurrencyTest.Explore(pitfall.Buggy, options, id + " buggy");
        var parallel = ConcurrencyTest.Explore(pitfall.Buggy, options with { Workers = 2 }, id + " buggy");

        Assert.Equal(serial.Bug?.ToString(), parallel.Bug?.ToString());
        Assert.Equal(serial.Schedule, parallel.Schedule);
        Assert.Equal(serial.Trace, parallel.Trace);
        Assert.Equal((serial.Iterations, serial.TotalSteps), (parallel.Iterations, parallel.TotalSteps));
    }

    [Theory]
    [MemberData(nameof(PitfallIds))]
    public void Buggy_variant_is_found_with_its_expected_verdict(string id)
    {
        var pitfall = Catalogue.All.Single(p => p.Id == id);

        var result = ConcurrencyTest.Explore(pitfall.Buggy, new ExplorationOptions(), id + " buggy");

        Assert.Equal(pitfall.ExpectedVerdict, result.Bug?.Kind);
    }

    [Theory]
    [MemberData(nameof(PitfallIds))]
    public void Fixed_variant_passes_every_explored_schedule(string id)
    {
        var pitfall = Catalogue.All.Single(p => p.Id == id);

        var result = ConcurrencyTest.Explore(pitfall.Fixed, new ExplorationOptions(), id + " fixed");

        Assert.True(result.Bug is null, result.Bug?.ToString());
    }

    [GeneratedRegex(@"^P\d\d$")]
    private static partial Regex IdPattern();
}
