using Harness.Xunit;

namespace Harness.Tests.Samples;

/// <summary>A correct fact whose time budget is spent at the first check: it must fail, not pass on partial work.</summary>
public class TimeBudgetFacts
{
    [ConcurrencyFact(TimeBudgetSeconds = 0.000001)]
    public async Task Guarded_adds_with_no_time_to_explore()
    {
        var counter = new Counter();
        await Task.WhenAll(Controlled.Run(counter.AddGuardedAsync, "first"), Controlled.Run(counter.AddGuardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }
}
