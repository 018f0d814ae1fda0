using Harness.Scheduling;

namespace Harness.Strategies;

/// <summary>Picks a ready item uniformly at random: cheap, and good at shallow bugs.</summary>
internal sealed class RandomStrategy(ulong seed) : IParallelStrategy
{
    private SplitMix64 random;

    public string Name => "random";

    public bool IsExhausted => false;

    public void BeginIteration(int iteration) => random = new SplitMix64(SplitMix64.ForIteration(seed, iteration));

    public int Choose(IReadOnlyList<WorkItem> ready, int step) => ready.Count == 1 ? 0 : random.Next(ready.Count);

    public void EndIteration(int steps)
    {
    }

    public bool RunsAnywhere(int iteration) => true;

    public void Calibrate(int firstIterationSteps)
    {
    }
}
