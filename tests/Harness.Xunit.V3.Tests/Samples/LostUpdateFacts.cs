using Harness.Tests.Samples;

namespace Harness.Xunit.V3.Tests.Samples;

/// <summary>Concurrency tests under xUnit v3: the same attributes, settings and snapshots as under v2.</summary>
public sealed class LostUpdateFacts
{
    private readonly Counter counter = new();

    // Explicit: a normal run skips it; FailureReportTests runs it in a child process and reads its report.
    [ConcurrencyFact(Explicit = true)]
    public async Task Unguarded_adds_lose_an_update()
    {
        await Task.WhenAll(Controlled.Run(counter.AddUnguardedAsync, "first"), Controlled.Run(counter.AddUnguardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }

    // Passes only by replaying the committed LostUpdateFacts.Recorded_lost_update_replays_first.schedule.verified.txt:
    // without it the exploration finds the bug, calls its schedule new and fails (AutoAccept is off).
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public async Task Recorded_lost_update_replays_first()
    {
        await Task.WhenAll(Controlled.Run(counter.AddUnguardedAsync, "first"), Controlled.Run(counter.AddUnguardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }

    // A theory row's recorded schedule: passes only by replaying the committed
    // LostUpdateFacts.Recorded_lost_update_of_a_row_replays_first_2.schedule.verified.txt, which this adapter wrote;
    // Harness.Cli.Tests replays the same file through `harness replay` to show the CLI finds v3 data rows.
    [ConcurrencyTheory(ExpectedBug = BugKind.AssertionFailure)]
    [InlineData(2)]
    public async Task Recorded_lost_update_of_a_row_replays_first(int workers)
    {
        await Task.WhenAll(Enumerable.Range(0, workers).Select(i => Controlled.Run(counter.AddUnguardedAsync, $"worker {i}")));
        Invariant.Assert(counter.Total == workers, $"total is {counter.Total}, expected {workers}");
    }

    [ConcurrencyFact(Iterations = 200, Strategy = "random")]
    public async Task Guarded_adds_keep_every_update()
    {
        await Task.WhenAll(Controlled.Run(counter.AddGuardedAsync, "first"), Controlled.Run(counter.AddGuardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }

    [ConcurrencyTheory(Iterations = 100)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Guarded_adds_from_each_row_keep_every_update(int workers)
    {
        await Task.WhenAll(Enumerable.Range(0, workers).Select(i => Controlled.Run(counter.AddGuardedAsync, $"worker {i}")));
        Invariant.Assert(counter.Total == workers, $"total is {counter.Total}, expected {workers}");
    }
}
