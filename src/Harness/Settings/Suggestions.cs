namespace Harness.Settings;

/// <summary>"Did you mean" for misspelt names: settings keys, strategy names, attribute properties.</summary>
internal static class Suggestions
{
    /// <summary>The largest edit distance still offered as a suggestion; beyond two edits guesses turn into noise.</summary>
    internal const int MaxDistance = 2;

    /// <summary>The candidate closest to <paramref name="input"/> (ignoring case) within <see cref="MaxDistance"/>, or null.</summary>
    /// <remarks>Ties go to the earlier candidate so the suggestion is the same on every run.</remarks>
    internal static string? Closest(string input, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        int bestDistance = MaxDistance + 1;
        foreach (var candidate in candidates)
        {
            int distance = Distance(input.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance: the fewest single-character insertions, deletions and substitutions.</summary>
    internal static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        // Two rows suffice: each row depends only on the one above it.
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
