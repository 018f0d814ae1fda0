using Harness.Settings;

namespace Harness.Tests.Settings;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("random", "random", 0)]
    [InlineData("radnom", "random", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("pct", "pctt", 1)]
    public void Distance_counts_single_character_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
        Assert.Equal(expected, Suggestions.Distance(b, a));
    }

    [Fact]
    public void The_closest_candidate_within_two_edits_is_suggested_ignoring_case() =>
        Assert.Equal("MaxSteps", Suggestions.Closest("max-steps", ["Iterations", "MaxSteps", "Seed"]));

    [Fact]
    public void Nothing_is_suggested_beyond_two_edits() =>
        Assert.Null(Suggestions.Closest("watchdog", ["WatchdogTimeoutSeconds", "Seed"]));

    [Fact]
    public void A_tie_goes_to_the_earlier_candidate() =>
        Assert.Equal("bat", Suggestions.Closest("cat", ["bat", "hat"]));
}
