using Harness;
using Harness.Xunit;
using Scenarios.Plain.Catalog;

namespace Scenarios.Plain.Tests.Catalog;

/// <summary>
/// Plain code on the old ReaderWriterLock, rewritten: the lock is modelled, so the window an upgrade opens (it gives
/// up the read lock before it waits) is explored, the double load found and the rechecking form clean.
/// </summary>
public sealed class LegacyProductCacheFacts
{
    [Fact]
    public void A_cache_that_assumes_its_miss_survives_the_upgrade_loads_twice_in_some_schedule()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            var cache = new LegacyProductCache();
            await Task.WhenAll(Controlled.Run(() => Task.FromResult(cache.GetAssumingMiss(7))), Controlled.Run(() => Task.FromResult(cache.GetAssumingMiss(7))));
            Invariant.Assert(cache.Loads == 1, $"the product is loaded once ({cache.Loads} loads)");
        }, new ExplorationOptions { Iterations = 300 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [ConcurrencyFact(Iterations = 300)]
    public async Task A_cache_that_rechecks_after_the_upgrade_loads_once()
    {
        var cache = new LegacyProductCache();
        string[] names = await Task.WhenAll(Controlled.Run(() => Task.FromResult(cache.GetRechecking(7))), Controlled.Run(() => Task.FromResult(cache.GetRechecking(7))));

        Invariant.Assert(cache.Loads == 1 && names.All(name => name == "product 7"), $"the product is loaded once ({cache.Loads} loads)");
    }

    [Fact]
    public void Outside_a_harness_run_the_rewritten_cache_takes_the_real_lock()
    {
        Assert.False(Controlled.IsActive);
        var cache = new LegacyProductCache();

        Assert.Equal("product 7", cache.GetRechecking(7));
        Assert.Equal("product 7", cache.GetAssumingMiss(7));
        Assert.Equal(1, cache.Loads);
    }
}
