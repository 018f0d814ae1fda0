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
            int distance = Distance(input.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? $" (did you mean \"{best}\"?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
