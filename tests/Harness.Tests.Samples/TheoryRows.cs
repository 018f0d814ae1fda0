using Xunit;
using Harness.Xunit;

namespace Harness.Tests.Samples;

public class TheoryRows
{
    [ConcurrencyTheory(Iterations = 100)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Adders_keep_every_update(int adders)
    {
        var counter = new Counter();
        await Task.WhenAll(Enumerable.Range(0, adders).Select(i => Controlled.Run(counter.AddGuardedAsync, $"adder {i}")));
        Invariant.Assert(counter.Total == adders, "every add counted");
    }

    [ConcurrencyTheory]
    [InlineData(2)]
    public async Task Unguarded_adders_lose_updates(int adders)
    {
        var counter = new Counter();
        await Task.WhenAll(Enumerable.Range(0, adders).Select(i => Controlled.Run(counter.AddUnguardedAsync, $"adder {i}")));
        Invariant.Assert(counter.Total == adders, "every add counted");
    }
}
