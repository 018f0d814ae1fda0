using System.Text.RegularExpressions;

namespace Harness.Exploration;

/// <summary>
/// When the shrinker counts a bug as the one it is shrinking: the same kind and the same summary once the
/// numbers in it are masked. Counts and values vary with the schedule ("the total says 5" may shrink to "the
/// total says 9", "3 operations blocked" to "2"), but a different assertion message, exception type or source
/// line is a different bug. Line numbers (the digits right after a colon, as in <c>Ledger.cs:31</c>) are kept.
/// </summary>
internal static partial class BugSignature
{
    internal static string Of(BugReport bug) => $"{bug.Kind}: {Numbers().Replace(bug.Summary, "#")}";

    [GeneratedRegex(@"(?<![:\d])\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();
}
