using Harness.Settings;

namespace Harness.Tests.Settings;

public sealed class StrategyNamesTests : IDisposable
{
    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    public static TheoryData<SchedulingStrategy> Strategies => new(Enum.GetValues<SchedulingStrategy>());

    [Fact]
    public void The_allowed_strategies_are_the_enum_members_in_lower_case()
    {
        tree.CoyoteJson(".", """{ "Strategy": "none" }""");
        string expected = string.Join(", ", Enum.GetNames<SchedulingStrategy>().Select(name => name.ToLowerInvariant()));

        var exception = Assert.Throws<SettingsException>(() => SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.None));

        Assert.Contains($"Allowed: {expected}.", exception.Message, StringComparison.Ordinal);
        Assert.Equal(Enum.GetValues<SchedulingStrategy>().Length, StrategyNames.All.Count);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Every_strategy_can_be_chosen_by_name_in_any_case(SchedulingStrategy strategy)
    {
        var environment = Variables.Of(("HARNESS_STRATEGY", strategy.ToString().ToUpperInvariant()));

        var settings = SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, environment);

        Assert.Equal(strategy, settings.Strategy.Value);
        Assert.StartsWith($"strategy={strategy.ToString().ToLowerInvariant()} ", settings.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_is_not_a_strategy_name() =>
        Assert.Throws<SettingsException>(() => SettingsResolver.Resolve(tree.Root, new AttributeOverrides { Strategy = "1" }, Variables.None));
}
