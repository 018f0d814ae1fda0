using Harness.Settings;

namespace Harness.Tests.Settings;

public sealed class CoyoteJsonTests : IDisposable
{
    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    [Fact]
    public void Keys_and_strategy_names_ignore_case_and_are_reported_in_their_canonical_spelling()
    {
        tree.CoyoteJson(".", """{ "iterations": 5, "STRATEGY": "PcT", "maxsteps": 9 }""");

        var settings = Resolve();

        Assert.Equal(5, settings.Iterations.Value);
        Assert.Equal(SchedulingStrategy.Pct, settings.Strategy.Value);
        Assert.Contains("\nMaxSteps = 9 (coyote.json at ", "\n" + settings.DescribeSources(), StringComparison.Ordinal);
        Assert.StartsWith("Iterations = 5 (coyote.json at ", settings.DescribeSources(), StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        tree.CoyoteJson(".", """
            {
              // Deeper search on this project.
              "Iterations": 5000, /* and a fixed seed */
              "Seed": 3,
            }
            """);

        var settings = Resolve();

        Assert.Equal(5000, settings.Iterations.Value);
        Assert.Equal(3UL, settings.Seed.Value);
    }

    [Theory]
    [InlineData("18446744073709551615", 18446744073709551615UL)]
    [InlineData("\"18446744073709551615\"", 18446744073709551615UL)]
    [InlineData("\"12\"", 12UL)]
    [InlineData("0", 0UL)]
    public void Seed_is_a_json_number_or_a_decimal_string_over_the_whole_unsigned_64_bit_range(string json, ulong expected)
    {
        tree.CoyoteJson(".", $$"""{ "Seed": {{json}} }""");

        Assert.Equal(expected, Resolve().Seed.Value);
    }

    [Fact]
    public void An_empty_object_sets_nothing_but_still_counts_as_the_nearest_file()
    {
        tree.CoyoteJson(".", """{ "Iterations": 10 }""");
        tree.CoyoteJson("a", "{}");

        var settings = SettingsResolver.Resolve(tree.Folder("a"), AttributeOverrides.None, Variables.None);

        Assert.Equal(new Setting<int>(1000, "default"), settings.Iterations);
    }

    [Fact]
    public void Concurrent_resolutions_of_one_file_agree()
    {
        tree.CoyoteJson(".", """{ "Iterations": 77, "Strategy": "pct" }""");

        var results = new string[32];
        Parallel.For(0, results.Length, i => results[i] = Resolve().DescribeSources());

        Assert.Single(results.Distinct());
        Assert.Contains("Iterations = 77", results[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_parsed_once_per_process()
    {
        string path = tree.CoyoteJson(".", """{ "Iterations": 77 }""");
        Assert.Equal(77, Resolve().Iterations.Value);

        File.WriteAllText(path, """{ "Iterations": 88 }""");

        Assert.Equal(77, Resolve().Iterations.Value);
    }

    [Fact]
    public void The_repository_coyote_json_is_found_from_the_test_assembly_and_matches_the_engine_defaults()
    {
        var settings = SettingsResolver.Resolve(AppContext.BaseDirectory, AttributeOverrides.None, Variables.None);

        Assert.StartsWith("coyote.json at ", settings.Iterations.Source, StringComparison.Ordinal);
        Assert.Equal(EffectiveSettings.Defaults.ToOptions(), settings.ToOptions());
        Assert.Equal(EffectiveSettings.Defaults.Describe(), settings.Describe());
    }

    private EffectiveSettings Resolve() => SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.None);
}
