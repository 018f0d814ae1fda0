using Harness.Settings;

namespace Harness.Tests.Settings;

public sealed class CoyoteJsonErrorTests : IDisposable
{
    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    [Fact]
    public void An_unknown_key_names_the_file_and_the_key_and_suggests_the_closest_one()
    {
        string path = tree.CoyoteJson(".", """{ "Iteration": 5 }""");

        Assert.Equal(
            $"Key \"Iteration\" in {path} is not a setting the harness knows. Allowed: Iterations, Strategy, StrategyBound, MaxSteps, Seed, WatchdogTimeoutSeconds, Shrink, Workers, TimerRaces, TimeBudgetSeconds, Shard, AutoAccept, Assemblies, UncontrolledConcurrency, Trace, Engine. Did you mean \"Iterations\"? Fix: rename \"Iteration\" to \"Iterations\" in {path}, or remove it.",
            Error());
    }

    [Fact]
    public void An_unknown_key_far_from_every_setting_gets_no_suggestion()
    {
        string path = tree.CoyoteJson(".", """{ "Colour": "blue" }""");

        string message = Error();

        Assert.StartsWith($"Key \"Colour\" in {path} is not a setting the harness knows. Allowed: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", message, StringComparison.Ordinal);
        Assert.EndsWith($"Fix: remove \"Colour\" from {path}.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_strategy_lists_the_allowed_strategies_and_suggests_the_closest()
    {
        string path = tree.CoyoteJson(".", """{ "Strategy": "radnom" }""");

        Assert.Equal(
            $"Strategy \"radnom\" in {path} is not a strategy the harness knows. Allowed: random, pct, exhaustive, portfolio, pos, surw. Did you mean \"random\"? Fix: set \"Strategy\" to one of the allowed values.",
            Error());
    }

    [Theory]
    [InlineData("Iterations", "0", "is out of range")]
    [InlineData("Iterations", "-5", "is out of range")]
    [InlineData("Iterations", "\"abc\"", "is not a number")]
    [InlineData("Iterations", "3000000000", "is out of range")]
    [InlineData("Iterations", "1e400", "is out of range")]
    [InlineData("MaxSteps", "1.5", "is not a whole number")]
    [InlineData("StrategyBound", "true", "is not a number")]
    [InlineData("StrategyBound", "null", "is not a number")]
    [InlineData("Seed", "-1", "is out of range")]
    [InlineData("Seed", "18446744073709551616", "is out of range")]
    [InlineData("Seed", "\"0x10\"", "is not a number")]
    [InlineData("WatchdogTimeoutSeconds", "0", "is out of range")]
    [InlineData("WatchdogTimeoutSeconds", "-1", "is out of range")]
    [InlineData("WatchdogTimeoutSeconds", "1e300", "is out of range")]
    [InlineData("WatchdogTimeoutSeconds", "\"abc\"", "is not a number")]
    [InlineData("Shrink", "\"no\"", "is not true or false")]
    [InlineData("Workers", "-1", "is out of range")]
    [InlineData("Workers", "2000", "is out of range")]
    [InlineData("AutoAccept", "\"yes\"", "is not true or false")]
    [InlineData("Assemblies", "\"MyApp\"", "is not an array of strings")]
    public void A_bad_value_names_the_key_the_value_the_file_and_the_allowed_values(string key, string json, string problem)
    {
        string path = tree.CoyoteJson(".", $$"""{ "{{key}}": {{json}} }""");

        string message = Error();

        Assert.StartsWith($"{key} {json} in {path} {problem}. Allowed: ", message, StringComparison.Ordinal);
        Assert.Contains($" Fix: set \"{key}\" to ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_below_one_gets_the_whole_message_shape()
    {
        string path = tree.CoyoteJson(".", """{ "Iterations": 0 }""");

        Assert.Equal(
            $"Iterations 0 in {path} is out of range. Allowed: a whole number from 1 to 2147483647. Fix: set \"Iterations\" to an allowed value.",
            Error());
    }

    [Fact]
    public void A_non_string_assembly_names_its_position_in_the_array()
    {
        string path = tree.CoyoteJson(".", """{ "Assemblies": ["MyApp", 5] }""");

        Assert.StartsWith($"Assemblies[1] 5 in {path} is not a string. Allowed: an array of assembly names", Error(), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_gives_the_file_and_the_line_and_position()
    {
        string path = tree.CoyoteJson(".", "{\n  \"Iterations\": 5\n  \"Seed\": 1\n}\n");

        string message = Error();

        Assert.StartsWith($"{path} is not valid JSON at line 3, position 3: ", message, StringComparison.Ordinal);
        Assert.EndsWith($"Fix: correct the JSON at line 3, position 3 of {path}.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_reported_as_empty()
    {
        string path = tree.CoyoteJson(".", "  \n");

        Assert.Equal(
            $"{path} is empty. Allowed: one JSON object of settings, such as {{ \"Iterations\": 1000 }}. Fix: write {{ }} into {path}, or delete it to use the defaults.",
            Error());
    }

    [Fact]
    public void A_file_that_is_not_an_object_says_what_it_holds()
    {
        string path = tree.CoyoteJson(".", """["Iterations", 5]""");

        Assert.StartsWith($"{path} holds a JSON array, not an object of settings. Allowed: ", Error(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_repeated_in_another_case_is_an_error()
    {
        string path = tree.CoyoteJson(".", """{ "Iterations": 5, "iterations": 6 }""");

        Assert.StartsWith(
            $"Key \"iterations\" in {path} sets Iterations a second time (keys ignore case; the first was \"Iterations\").",
            Error(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_fails_every_resolution_with_the_same_message()
    {
        tree.CoyoteJson(".", """{ "Seed": "x" }""");

        Assert.Equal(Error(), Error());
    }

    private string Error() => Assert.Throws<SettingsException>(
        () => SettingsResolver.Resolve(tree.Folder("tests/bin"), AttributeOverrides.None, Variables.None)).Message;
}
