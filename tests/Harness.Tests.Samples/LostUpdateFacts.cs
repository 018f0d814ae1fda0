using Harness.Xunit;

namespace Harness.Tests.Samples;

public class LostUpdateFacts
{
    public static int InstancesCreated;

    private readonly Counter counter = new();

    public LostUpdateFacts() => Interlocked.Increment(ref InstancesCreated);

    [ConcurrencyFact]
    public async Task Unguarded_adds_lose_an_update()
    {
        await Task.WhenAll(Controlled.Run(counter.AddUnguardedAsync, "first"), Controlled.Run(counter.AddUnguardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }

    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public async Task Unguarded_adds_are_proven_to_lose_an_update()
    {
        await Task.WhenAll(Controlled.Run(counter.AddUnguardedAsync, "first"), Controlled.Run(counter.AddUnguardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }

    [ConcurrencyFact(ExpectedBug = BugKind.Deadlock)]
    public async Task Unguarded_adds_expected_to_deadlock_but_do_not()
    {
        await Task.WhenAll(Controlled.Run(counter.AddUnguardedAsync, "first"), Controlled.Run(counter.AddUnguardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }

    [ConcurrencyFact(Iterations = 200, Strategy = "random")]
    public async Task Guarded_adds_keep_every_update()
    {
        await Task.WhenAll(Controlled.Run(counter.AddGuardedAsync, "first"), Controlled.Run(counter.AddGuardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }
}

public class PinnedReplay
{
    /// <summary>The pinned schedule file; the test that runs this class writes it first.</summary>
    public const string File = "PinnedReplay.recording.txt";

    [ConcurrencyFact(Replay = File)]
    public async Task Replays_the_pinned_schedule()
    {
        var counter = new Counter();
        await Task.WhenAll(Controlled.Run(counter.AddUnguardedAsync, "first"), Controlled.Run(counter.AddUnguardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }
}
