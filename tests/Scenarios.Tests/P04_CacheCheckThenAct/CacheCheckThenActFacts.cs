using Harness;
using Harness.Xunit;
using Scenarios.P04_CacheCheckThenAct;

namespace Scenarios.Tests.P04_CacheCheckThenAct;

/// <summary>P04 as concurrency facts: the double load is found (and its recorded schedule still reproduces it), the fix holds.</summary>
public sealed class CacheCheckThenActFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Dictionary_cache_loads_one_project_twice() => CacheCheckThenAct.Pitfall.Buggy();

    [ConcurrencyFact]
    public Task Lazy_entry_cache_loads_each_project_once() => CacheCheckThenAct.Pitfall.Fixed();

    [ConcurrencyFact(Strategy = "pct")]
    public Task Lazy_entry_cache_loads_each_project_once_under_pct_schedules() => CacheCheckThenAct.Pitfall.Fixed();
}
