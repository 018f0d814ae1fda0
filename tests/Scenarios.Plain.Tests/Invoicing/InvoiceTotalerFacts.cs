using Harness;
using Harness.Xunit;
using Scenarios.Plain.Invoicing;

namespace Scenarios.Plain.Tests.Invoicing;

/// <summary>
/// Plain TPL code, rewritten: Task.Factory.StartNew with LongRunning, ContinueWith and ContinueWhenAll run as controlled
/// operations, so the continuation that publishes too early is found and the one that waits for every worker is clean.
/// </summary>
public sealed class InvoiceTotalerFacts
{
    private static readonly decimal[] First = [10m, 20m];
    private static readonly decimal[] Second = [5m, 7m];

    [Fact]
    public void A_total_published_after_the_first_worker_only_misses_lines_in_some_schedule()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield(); // after an await TaskScheduler.Current is the default one: only rewriting controls the calls
            decimal published = await new InvoiceTotaler().PublishAfterFirstAsync(First, Second);
            Invariant.Assert(published == 42m, $"the published total has every line ({published})");
        }, new ExplorationOptions { Iterations = 200 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("the published total has every line", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [ConcurrencyFact(Iterations = 200)]
    public async Task A_total_published_when_all_workers_are_done_has_every_line()
    {
        await Controlled.Yield(); // after an await TaskScheduler.Current is the default one: only rewriting controls the calls
        decimal published = await new InvoiceTotaler().PublishAfterAllAsync(First, Second);

        Invariant.Assert(published == 42m, $"the published total has every line ({published})");
    }

    [Fact]
    public void A_typed_factory_that_publishes_when_any_worker_is_done_misses_lines_in_some_schedule()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            decimal published = await new InvoiceTotaler().PublishWhenAnyAsync(First, Second);
            Invariant.Assert(published == 42m, $"the published total has every line ({published})");
        }, new ExplorationOptions { Iterations = 200 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [ConcurrencyFact(Iterations = 200)]
    public async Task A_typed_factory_that_publishes_when_all_workers_are_done_has_every_line()
    {
        await Controlled.Yield();
        decimal published = await new InvoiceTotaler().PublishWhenAllAsync(First, Second);

        Invariant.Assert(published == 42m, $"the published total has every line ({published})");
    }

    [Fact]
    public async Task Outside_a_harness_run_the_rewritten_totaler_is_plain_tpl()
    {
        Assert.False(Controlled.IsActive);

        Assert.Equal(42m, await new InvoiceTotaler().PublishAfterAllAsync(First, Second));
    }
}
