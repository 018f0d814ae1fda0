namespace Harness.Settings;

/// <summary>
/// The names users write for <see cref="SchedulingStrategy"/> values. Derived from the enum so a new strategy is
/// accepted, listed in errors and described without touching the settings code.
/// </summary>
internal static class StrategyNames
{
    /// <summary>Every strategy's name, in the enum's order: "random, pct, exhaustive, portfolio, pos, surw".</summary>
    internal static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<SchedulingStrategy>().Select(Name)];

    /// <summary>The name of <paramref name="strategy"/>: its enum name in lower case.</summary>
    internal static string Name(SchedulingStrategy strategy) => strategy.ToString().ToLowerInvariant();

    /// <summary>The strategy named <paramref name="name"/>, ignoring case. Numbers are not names, unlike Enum.TryParse.</summary>
    internal static bool TryParse(string name, out SchedulingStrategy strategy)
    {
        foreach (var candidate in Enum.GetValues<SchedulingStrategy>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                strategy = candidate;
                return true;
            }
        }

        strategy = default;
        return false;
    }
}
