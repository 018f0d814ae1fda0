namespace Harness.Tests.Programs;

/// <summary>
/// Two increments that check, just before writing, that nobody wrote since their read, among noise operations
/// that only yield. The bug needs exactly one preemption: the second increment must read while the first waits
/// between its read and its write. Random exploration interleaves the noise freely, so the schedule it finds is
/// long and switches often; the minimal one has 5 steps (see ShrinkingTests).
/// </summary>
internal sealed class NoisyIncrements
{
    private const int NoiseYields = 12;
    private int total;

    internal static async Task Run()
    {
        var shared = new NoisyIncrements();
        await Task.WhenAll(
            Controlled.Run(Noise, "noise 1"),
            Controlled.Run(Noise, "noise 2"),
            Controlled.Run(shared.Increment, "first"),
            Controlled.Run(Noise, "noise 3"),
            Controlled.Run(shared.Increment, "second"),
            Controlled.Run(Noise, "noise 4"),
            Controlled.Run(Noise, "noise 5"));
    }

    private async Task Increment()
    {
        int read = total;
        await Task.Yield();
        Invariant.Assert(total == read, $"nobody writes between an increment's read and its write, yet the total went from {read} to {total}");
        total = read + 1;
    }

    private static async Task Noise()
    {
        for (int i = 0; i < NoiseYields; i++)
        {
            await Task.Yield();
        }
    }
}
