using Harness.Settings;

namespace Harness.Snapshots;

/// <summary>Suggests the closest valid word for a hand-edited one ("Dedlock" → "Deadlock").</summary>
internal static class DidYouMean
{
    // Long mangled lines are not typos of a short name; capping keeps the distance table small.
    private const int MaxInput = 64;

    /// <summary>" (did you mean "X"?)" or "" when nothing is close.</summary>
    internal static string Hint(string input, IEnumerable<string> candidates)
    {
        if (input.Length == 0 || input.Length > MaxInput)
        {
            return "";
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = Suggestions.Distance(input.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? $" (did you mean \"{best}\"?)" : "";
    }
}
