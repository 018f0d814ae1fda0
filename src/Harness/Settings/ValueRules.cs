using System.Globalization;

namespace Harness.Settings;

/// <summary>
/// The validation rules of each kind of value, shared by coyote.json, environment variables and the attribute, so
/// a value means the same thing (and fails the same way) wherever it is written.
/// </summary>
internal static class ValueRules
{
    /// <summary>The largest watchdog timeout, far below <see cref="TimeSpan.MaxValue"/> so the conversion cannot overflow.</summary>
    internal const double MaxSeconds = 1_000_000_000;

    private const string Seconds = "a number of seconds greater than 0 and at most 1000000000, such as 5 or 0.5";

    /// <summary>A count that must be at least one: Iterations, StrategyBound, MaxSteps.</summary>
    internal static int Count(RawSetting raw) => (int)WholeNumber(raw, 1, int.MaxValue);

    /// <summary>Worker threads for exploration: 0 (one per processor) to 1024.</summary>
    internal static int WorkerCount(RawSetting raw) => (int)WholeNumber(raw, 0, 1024);

    /// <summary>A seed: any unsigned 64-bit integer.</summary>
    internal static ulong Seed(RawSetting raw) => (ulong)WholeNumber(raw, ulong.MinValue, ulong.MaxValue);

    /// <summary>A positive number of seconds.</summary>
    internal static double PositiveSeconds(RawSetting raw)
    {
        if (!double.TryParse(raw.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || double.IsNaN(seconds))
        {
            throw raw.Invalid("is not a number", Seconds);
        }

        return seconds is > 0 and <= MaxSeconds ? seconds : throw raw.Invalid("is out of range", Seconds);
    }

    /// <summary>A shard, "i/n": this run takes iterations i, i + n, ... of n shards; 0 &lt;= i &lt; n &lt;= 1000000.</summary>
    internal static (int Index, int Count) Shard(RawSetting raw)
    {
        const string Allowed = "i/n with 0 <= i < n <= 1000000, such as 0/4 (the first of four shards)";
        string[] parts = raw.Text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            throw raw.Invalid("is not a shard of the form i/n", Allowed);
        }

        return count is >= 1 and <= 1_000_000 && index < count ? (index, count) : throw raw.Invalid("is out of range", Allowed);
    }

    /// <summary>How traces show library steps: "folded" (one line per run inside a library) or "full", in any case.</summary>
    internal static bool FullTrace(RawSetting raw) => raw.Text.ToUpperInvariant() switch
    {
        "FULL" => true,
        "FOLDED" => false,
        _ => throw raw.Invalid("is not a trace mode", "folded, full", Suggestions.Closest(raw.Text, ["folded", "full"]), "one of the allowed values"),
    };

    /// <summary>A flag: true, false, 1 or 0, in any case.</summary>
    internal static bool Flag(RawSetting raw) => raw.Text.ToUpperInvariant() switch
    {
        "TRUE" or "1" => true,
        "FALSE" or "0" => false,
        _ => throw raw.Invalid("is not true or false", "true, false, 1, 0", Suggestions.Closest(raw.Text, ["true", "false"]), "one of the allowed values"),
    };

    /// <summary>What to do with uncontrolled work: "report" or "allow", in any case.</summary>
    internal static UncontrolledConcurrencyMode UncontrolledConcurrency(RawSetting raw) => raw.Text.ToUpperInvariant() switch
    {
        "REPORT" => UncontrolledConcurrencyMode.Report,
        "ALLOW" => UncontrolledConcurrencyMode.Allow,
        _ => throw raw.Invalid("is not report or allow", "report, allow", Suggestions.Closest(raw.Text, ["report", "allow"]), "one of the allowed values"),
    };

    /// <summary>A scheduling strategy, by its name in any case.</summary>
    internal static SchedulingStrategy Strategy(RawSetting raw) =>
        StrategyNames.TryParse(raw.Text, out var strategy)
            ? strategy
            : throw raw.Invalid(
                "is not a strategy the harness knows",
                string.Join(", ", StrategyNames.All),
                Suggestions.Closest(raw.Text, StrategyNames.All),
                "one of the allowed values");

    // Decimal holds every int and ulong exactly, so one parse serves both and "1.5" can be told from "abc".
    private static decimal WholeNumber(RawSetting raw, decimal min, decimal max)
    {
        string allowed = string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}");
        if (!decimal.TryParse(raw.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            // Too large for decimal but still a number (1e40): say so rather than "not a number".
            bool isNumber = double.TryParse(raw.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double huge) && !double.IsNaN(huge);
            throw raw.Invalid(isNumber ? "is out of range" : "is not a number", allowed);
        }

        if (number != decimal.Truncate(number))
        {
            throw raw.Invalid("is not a whole number", allowed);
        }

        return number >= min && number <= max ? number : throw raw.Invalid("is out of range", allowed);
    }
}
