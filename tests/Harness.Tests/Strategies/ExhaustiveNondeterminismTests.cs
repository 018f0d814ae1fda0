namespace Harness.Tests.Strategies;

/// <summary>
/// Exhaustive search replays a prefix of choices every iteration and trusts it to meet the same ready work; a
/// test that behaves differently from one iteration to the next must be stopped, not searched wrongly.
/// </summary>
public sealed class ExhaustiveNondeterminismTests
{
    [Fact]
    public void A_test_that_spawns_more_work_on_a_later_iteration_is_reported_as_nondeterministic()
    {
        int runs = 0;
        async Task Body()
        {
            // State outside the body survives between iterations: the second run spawns a third operation.
            runs++;
            int spawned = runs == 1 ? 2 : 3;
            await Task.WhenAll(Enumerable.Range(0, spawned).Select(_ => Controlled.Run(async () => await Task.Yield(), "worker")));
        }

        var error = Assert.Throws<InvalidOperationException>(() =>
            ConcurrencyTest.Explore(Body, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive }));

        Assert.StartsWith("Exhaustive search stopped: the test is nondeterministic. Replaying the same scheduling choices, step 1 found 3 ready work item(s) (flows 1, 2, 3), where an earlier iteration making the same choices found 2 (flows 1, 2).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_that_stops_early_on_a_later_iteration_is_reported_as_nondeterministic()
    {
        int runs = 0;
        async Task Body()
        {
            runs++;
            if (runs == 1)
            {
                await Task.WhenAll(Controlled.Run(async () => await Task.Yield(), "first"), Controlled.Run(async () => await Task.Yield(), "second"));
            }
        }

        var error = Assert.Throws<InvalidOperationException>(() =>
            ConcurrencyTest.Explore(Body, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive }));

        Assert.Contains("the test is nondeterministic", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: use Controlled.Time and seeded randomness", error.Message, StringComparison.Ordinal);
    }
}
