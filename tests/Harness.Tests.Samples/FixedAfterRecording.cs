using Harness.Xunit;

namespace Harness.Tests.Samples;

/// <summary>
/// Bugs and their fixes, as a regression loop meets them: the harness's tests record a schedule on each Buggy_
/// method (no attribute: never run as a test), keep it as the verified schedule of the fixed fact beside it, and
/// check that the fact replays it as far as the fixed code allows and passes.
/// </summary>
public class FixedAfterRecording
{
    private readonly Counter counter = new();
    private int loads;
    private bool loaded;
    private int total;

    // A lock added: the fix wraps the read-modify-write in a SemaphoreSlim, which adds awaits to every step.
    public async Task Buggy_unguarded_adds()
    {
        await Task.WhenAll(Controlled.Run(counter.AddUnguardedAsync, "first"), Controlled.Run(counter.AddUnguardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }

    [ConcurrencyFact]
    public async Task A_lock_keeps_every_update()
    {
        await Task.WhenAll(Controlled.Run(counter.AddGuardedAsync, "first"), Controlled.Run(counter.AddGuardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }

    // An expected-bug fact must reproduce its schedule exactly, so a fix under it fails however far the schedule applies.
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public async Task A_lock_under_an_expected_bug_fact()
    {
        await Task.WhenAll(Controlled.Run(counter.AddGuardedAsync, "first"), Controlled.Run(counter.AddGuardedAsync, "second"));
        Invariant.Assert(counter.Total == 2, $"total is {counter.Total}, expected 2");
    }

    // A check moved: the bug checks, awaits, then marks the work done; the fix marks it done right at the check.
    public async Task Buggy_check_then_await_loads_twice()
    {
        await Task.WhenAll(Controlled.Run(LoadCheckingFirstAsync, "a"), Controlled.Run(LoadCheckingFirstAsync, "b"));
        Invariant.Assert(loads == 1, $"loaded {loads} times, expected once");
    }

    [ConcurrencyFact]
    public async Task A_moved_check_loads_once()
    {
        await Task.WhenAll(Controlled.Run(LoadCheckingLastAsync, "a"), Controlled.Run(LoadCheckingLastAsync, "b"));
        Invariant.Assert(loads == 1, $"loaded {loads} times, expected once");
    }

    // A task awaited: the bug starts the work and reads its result without waiting for it.
    public async Task Buggy_unawaited_work_is_read_early()
    {
        var work = Controlled.Run(AddLaterAsync, "work");
        await Task.Yield();
        Invariant.Assert(total == 1, $"total is {total}, expected 1");
        await work;
    }

    [ConcurrencyFact]
    public async Task Awaited_work_is_read_after_it_finished()
    {
        var work = Controlled.Run(AddLaterAsync, "work");
        await Task.Yield();
        await work;
        Invariant.Assert(total == 1, $"total is {total}, expected 1");
    }

    // A fix that is not one: another await before the read changes the schedule but still reads too early.
    [ConcurrencyFact]
    public async Task A_half_fix_still_reads_early()
    {
        var work = Controlled.Run(AddLaterAsync, "work");
        await Task.Yield();
        await Task.Yield();
        Invariant.Assert(total == 1, $"total is {total}, expected 1");
        await work;
    }

    private async Task LoadCheckingFirstAsync()
    {
        if (!loaded)
        {
            await Task.Yield();
            loads++;
            loaded = true;
        }
    }

    private async Task LoadCheckingLastAsync()
    {
        if (!loaded)
        {
            loaded = true;
            await Task.Yield();
            loads++;
        }
    }

    private async Task AddLaterAsync()
    {
        await Task.Yield();
        await Task.Yield();
        total++;
    }
}
