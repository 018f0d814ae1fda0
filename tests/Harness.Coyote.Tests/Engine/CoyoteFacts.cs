using Harness.Xunit;

namespace Harness.Coyote.Tests.Engine;

/// <summary>
/// Concurrency facts run under Coyote's scheduler through the attribute alone. The expected bugs replay their
/// verified Coyote trace (the .coyote.verified.txt files beside this file) before anything is explored.
/// </summary>
public sealed class CoyoteFacts
{
    private int total;

    [ConcurrencyFact(Engine = "coyote", ExpectedBug = BugKind.AssertionFailure, Iterations = 200, Strategy = "random", Seed = 7)]
    public Task Two_unguarded_read_modify_writes_lose_an_update_under_Coyote() => new LostUpdateSample().LoseAsync();

    [ConcurrencyFact(Engine = "coyote", Iterations = 50, Strategy = "random", Seed = 7)]
    public async Task Updates_with_no_await_between_read_and_write_lose_nothing_under_Coyote()
    {
        await Task.WhenAll(Task.Run(() => AddThenYieldAsync(3)), Task.Run(() => AddThenYieldAsync(5)));
        Invariant.Assert(total == 8, $"total is {total}, expected 8");
    }

    private async Task AddThenYieldAsync(int amount)
    {
        total += amount;
        await Task.Yield();
    }
}
