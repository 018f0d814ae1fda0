namespace Harness.Strategies;

/// <summary>
/// A tiny PRNG whose output is fixed by its algorithm, not by the .NET version, so a seed recorded today
/// reproduces the same schedule on any future runtime (System.Random makes no such promise).
/// </summary>
internal struct SplitMix64
{
    private ulong state;

    internal SplitMix64(ulong seed) => state = seed;

    internal static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    /// <summary>The seed of one iteration: independent streams for every (seed, iteration) pair.</summary>
    internal static ulong ForIteration(ulong seed, int iteration) =>
        Mix(seed + (0x9E3779B97F4A7C15UL * (ulong)(iteration + 1)));

    internal ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>Uniform in [0, bound) without modulo bias worth caring about for bounds this small.</summary>
    internal int Next(int bound) => (int)((NextUInt64() >> 33) % (ulong)bound);
}
