namespace Harness.Races;

/// <summary>Vector clocks indexed by operation id; a component is the last step of that operation known to happen before.</summary>
internal static class VectorClocks
{
    /// <summary>Joins <paramref name="source"/> into <paramref name="target"/>, growing it when needed.</summary>
    internal static void Join(ref int[] target, int[] source)
    {
        if (source.Length > target.Length)
        {
            Array.Resize(ref target, source.Length);
        }

        for (int i = 0; i < source.Length; i++)
        {
            if (source[i] > target[i])
            {
                target[i] = source[i];
            }
        }
    }

    /// <summary>True when step <paramref name="step"/> of operation <paramref name="operation"/> happens before a step with clock <paramref name="clock"/>.</summary>
    internal static bool Covers(int[] clock, int operation, int step) =>
        operation < clock.Length && clock[operation] >= step + 1;
}
