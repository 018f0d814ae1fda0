using Harness.Xunit;

namespace Harness.Tests.Samples;

/// <summary>Counts how often its bodies run, so tests can see which iteration setting won.</summary>
public class IterationCounting
{
    private static int runs;

    public static int Runs => Volatile.Read(ref runs);

    [ConcurrencyFact]
    public async Task Counts_its_iterations()
    {
        Interlocked.Increment(ref runs);
        await TwoOperations();
    }

    [ConcurrencyFact(Iterations = 3)]
    public async Task Counts_three_iterations()
    {
        Interlocked.Increment(ref runs);
        await TwoOperations();
    }

    // More than one schedule: the default portfolio proves a test with one schedule in its first iteration and stops.
    private static Task TwoOperations() => Task.WhenAll(Controlled.Run(YieldOnce, "first"), Controlled.Run(YieldOnce, "second"));

    private static async Task YieldOnce() => await Controlled.Yield();
}
