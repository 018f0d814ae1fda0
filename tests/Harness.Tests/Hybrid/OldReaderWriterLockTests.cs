using Harness.Hybrid;
using Harness.Interception;
using Rw = Harness.Interception.ReaderWriterLockCalls;

namespace Harness.Tests.Hybrid;

/// <summary>
/// The old <see cref="ReaderWriterLock"/> modelled in a run: contended acquisitions are explored, deadlocks found,
/// timeouts on the virtual clock, and every single-thread call answers as the real lock does.
/// </summary>
public sealed class OldReaderWriterLockTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = 2, Iterations = 5000 };

    [Fact]
    public void The_model_answers_every_call_as_the_real_lock_does_through_recursion_cookies_and_misuse()
    {
        var expected = Script(new ReaderWriterLock());
        List<string> controlled = [];
        var result = ConcurrencyTest.Explore(
            () => Controlled.Run(() =>
            {
                controlled = Script(new ReaderWriterLock());
                return Task.CompletedTask;
            }),
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(expected, controlled);
    }

    [Fact]
    public void The_cookie_fields_the_model_writes_exist_in_this_dotnet()
    {
        Assert.True(OldReaderWriterLockCookies.Available, "LockCookie._flags/_readerLevel/_writerLevel/_threadID were renamed: update OldReaderWriterLockCookies");
    }

    [Fact]
    public void Two_writers_taking_two_locks_in_opposite_orders_deadlock_in_some_schedule()
    {
        var result = ConcurrencyTest.Explore(() => Transfers(opposite: true), Exhaustive);

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("a ReaderWriterLock writer lock held by", result.Bug!.Summary + result.Bug.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_writers_taking_two_locks_in_the_same_order_never_deadlock()
    {
        Assert.Null(ConcurrencyTest.Explore(() => Transfers(opposite: false), Exhaustive).Bug);
    }

    [Fact]
    public void The_same_seed_finds_the_same_deadlock_with_a_byte_identical_trace()
    {
        var options = new ExplorationOptions { Iterations = 200, Seed = 17 };

        var first = ConcurrencyTest.Explore(() => Transfers(opposite: true), options);
        var second = ConcurrencyTest.Explore(() => Transfers(opposite: true), options);

        Assert.Equal(BugKind.Deadlock, first.Bug?.Kind);
        Assert.Equal(first.Trace, second.Trace);
    }

    [Fact]
    public void A_reader_asking_for_the_writer_lock_waits_for_itself_and_is_a_deadlock_naming_its_own_read()
    {
        var result = ConcurrencyTest.Explore(() => Controlled.Run(() => Refresh(upgrade: false), "refresh"), Exhaustive);

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("a ReaderWriterLock reader lock held by 'refresh' (taken at Cache.cs:3)", result.Bug!.Summary + result.Bug.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_that_upgrades_instead_gets_the_writer_lock()
    {
        Assert.Null(ConcurrencyTest.Explore(() => Controlled.Run(() => Refresh(upgrade: true), "refresh"), Exhaustive).Bug);
    }

    [Fact]
    public void A_check_then_upgrade_that_does_not_recheck_loads_twice_in_some_schedule()
    {
        var result = ConcurrencyTest.Explore(() => Loads(recheck: false), Exhaustive);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
    }

    [Fact]
    public void A_check_then_upgrade_that_rechecks_with_AnyWritersSince_loads_once_in_every_schedule()
    {
        Assert.Null(ConcurrencyTest.Explore(() => Loads(recheck: true), Exhaustive).Bug);
    }

    [Fact]
    public void A_reader_that_times_out_behind_a_writer_throws_dotnets_ApplicationException_on_the_virtual_clock()
    {
        var thrown = new List<string>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var gate = new ReaderWriterLock();
                using var taken = new ManualResetEvent(false);
                var writer = Controlled.Run(() =>
                {
                    Rw.AcquireWriterLock(gate, -1, "Slow.cs:4");
                    taken.Set();
                    ThreadCalls.Sleep(1000, "Slow.cs:6");
                    Rw.ReleaseWriterLock(gate, "Slow.cs:7");
                    return Task.CompletedTask;
                }, "writer");
                var reader = Controlled.Run(() =>
                {
                    WaitHandleCalls.WaitOne(taken, "Slow.cs:11");
                    try
                    {
                        Rw.AcquireReaderLock(gate, TimeSpan.FromMilliseconds(100), "Slow.cs:14");
                    }
                    catch (ApplicationException timedOut)
                    {
                        thrown.Add($"{timedOut.HResult:X8} at {(Controlled.Time.GetUtcNow() - Harness.Time.VirtualClock.Epoch).TotalMilliseconds} ms");
                    }

                    return Task.CompletedTask;
                }, "reader");
                await Task.WhenAll(writer, reader);
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(["800705B4 at 100 ms"], thrown);
    }

    [Fact]
    public void A_new_reader_waits_while_a_writer_waits_as_measured_on_dotnet()
    {
        var outcome = new List<string>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                outcome.Clear();
                var gate = new ReaderWriterLock();
                using var reading = new ManualResetEvent(false);
                using var writing = new ManualResetEvent(false);
                var first = Controlled.Run(() =>
                {
                    Rw.AcquireReaderLock(gate, -1, "Queue.cs:3");
                    reading.Set();
                    ThreadCalls.Sleep(1000, "Queue.cs:5");
                    Rw.ReleaseReaderLock(gate, "Queue.cs:6");
                    return Task.CompletedTask;
                }, "first reader");
                var writer = Controlled.Run(() =>
                {
                    WaitHandleCalls.WaitOne(reading, "Queue.cs:10");
                    writing.Set();
                    Rw.AcquireWriterLock(gate, -1, "Queue.cs:12");
                    outcome.Add("writer in");
                    Rw.ReleaseWriterLock(gate, "Queue.cs:14");
                    return Task.CompletedTask;
                }, "writer");
                var second = Controlled.Run(() =>
                {
                    WaitHandleCalls.WaitOne(writing, "Queue.cs:18");
                    ThreadCalls.Sleep(10, "Queue.cs:19"); // the clock moves only once the writer waits
                    try
                    {
                        Rw.AcquireReaderLock(gate, 100, "Queue.cs:22");
                        outcome.Add("second reader in");
                        Rw.ReleaseReaderLock(gate, "Queue.cs:24");
                    }
                    catch (ApplicationException)
                    {
                        outcome.Add("second reader timed out");
                    }

                    return Task.CompletedTask;
                }, "second reader");
                await Task.WhenAll(first, writer, second);
            },
            new ExplorationOptions { Iterations = 20 });

        Assert.Null(result.Bug);
        Assert.Equal(["second reader timed out", "writer in"], outcome);
    }

    [Fact]
    public void A_call_on_a_null_lock_throws_NullReferenceException_as_the_call_itself_does()
    {
        var thrown = new List<string>();
        var result = ConcurrencyTest.Explore(
            () => Controlled.Run(() =>
            {
                ReaderWriterLock gate = null!;
                foreach (Action call in new Action[] { () => Rw.AcquireReaderLock(gate, -1, "Null.cs:1"), () => Rw.ReleaseWriterLock(gate, "Null.cs:2"), () => Rw.ReleaseLock(gate, "Null.cs:3") })
                {
                    try
                    {
                        call();
                    }
                    catch (NullReferenceException)
                    {
                        thrown.Add("NullReferenceException");
                    }
                }

                return Task.CompletedTask;
            }),
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(["NullReferenceException", "NullReferenceException", "NullReferenceException"], thrown);
    }

    private static Task Transfers(bool opposite)
    {
        var ledger = new ReaderWriterLock();
        var audit = new ReaderWriterLock();
        Task Move(ReaderWriterLock first, ReaderWriterLock second, string name) => Controlled.Run(() =>
        {
            Rw.AcquireWriterLock(first, -1, "Ledger.cs:5");
            Rw.AcquireWriterLock(second, -1, "Ledger.cs:6");
            Rw.ReleaseWriterLock(second, "Ledger.cs:7");
            Rw.ReleaseWriterLock(first, "Ledger.cs:8");
            return Task.CompletedTask;
        }, name);

        return Task.WhenAll(Move(ledger, audit, "post"), opposite ? Move(audit, ledger, "audit") : Move(ledger, audit, "audit"));
    }

    private static Task Refresh(bool upgrade)
    {
        var gate = new ReaderWriterLock();
        Rw.AcquireReaderLock(gate, -1, "Cache.cs:3");
        if (upgrade)
        {
            var cookie = Rw.UpgradeToWriterLock(gate, -1, "Cache.cs:6");
            Rw.DowngradeFromWriterLock(gate, ref cookie, "Cache.cs:7");
        }
        else
        {
            Rw.AcquireWriterLock(gate, -1, "Cache.cs:11");
            Rw.ReleaseWriterLock(gate, "Cache.cs:12");
        }

        Rw.ReleaseReaderLock(gate, "Cache.cs:15");
        return Task.CompletedTask;
    }

    private static async Task Loads(bool recheck)
    {
        var gate = new ReaderWriterLock();
        string? cached = null;
        int loads = 0;
        Task Get() => Controlled.Run(() =>
        {
            Rw.AcquireReaderLock(gate, -1, "Cache.cs:20");
            if (cached is null)
            {
                int seen = Rw.WriterSeqNum(gate, "Cache.cs:23");
                var cookie = Rw.UpgradeToWriterLock(gate, -1, "Cache.cs:24");

                // The upgrade gave up the read lock first: another writer may have loaded meanwhile.
                if (!recheck || !Rw.AnyWritersSince(gate, seen, "Cache.cs:27") || cached is null)
                {
                    loads++;
                    cached = "loaded";
                }

                Rw.DowngradeFromWriterLock(gate, ref cookie, "Cache.cs:33");
            }

            Rw.ReleaseReaderLock(gate, "Cache.cs:36");
            return Task.CompletedTask;
        });

        await Task.WhenAll(Get(), Get());
        Invariant.Assert(loads == 1, $"the value is loaded once ({loads} loads)");
    }

    // Every call through the redirect targets: outside a run they are the real lock's, inside the model's.
    private static List<string> Script(ReaderWriterLock gate)
    {
        var seen = new List<string>();
        void Note(string step) => seen.Add($"{step}: reader={Rw.IsReaderLockHeld(gate, "S")} writer={Rw.IsWriterLockHeld(gate, "S")} seq={Rw.WriterSeqNum(gate, "S")}");
        void Try(string step, Action call)
        {
            try
            {
                call();
                Note(step);
            }
            catch (Exception thrown) when (thrown is ApplicationException or SynchronizationLockException or ArgumentException)
            {
                seen.Add($"{step}: {thrown.GetType().Name} {thrown.HResult:X8} {thrown.Message}");
            }
        }

        Try("read", () => Rw.AcquireReaderLock(gate, -1, "S"));
        Try("read again", () => Rw.AcquireReaderLock(gate, TimeSpan.FromSeconds(1), "S"));
        Try("write under own read", () => Rw.AcquireWriterLock(gate, 0, "S"));
        var up = Rw.UpgradeToWriterLock(gate, -1, "S");
        Note("upgrade");
        Try("read as writer", () => Rw.AcquireReaderLock(gate, -1, "S"));
        var up2 = Rw.UpgradeToWriterLock(gate, -1, "S");
        Note("upgrade as writer");
        Try("downgrade to the reads", () => Rw.DowngradeFromWriterLock(gate, ref up, "S"));
        Try("downgrade as reader", () => Rw.DowngradeFromWriterLock(gate, ref up2, "S"));
        Try("release read", () => Rw.ReleaseReaderLock(gate, "S"));
        Try("release read", () => Rw.ReleaseReaderLock(gate, "S"));
        Try("release read not held", () => Rw.ReleaseReaderLock(gate, "S"));
        Try("release write not held", () => Rw.ReleaseWriterLock(gate, "S"));
        Try("write", () => Rw.AcquireWriterLock(gate, -1, "S"));
        Try("write again", () => Rw.AcquireWriterLock(gate, TimeSpan.FromSeconds(1), "S"));
        seen.Add($"any writers since 1: {Rw.AnyWritersSince(gate, 1, "S")}, since 2: {Rw.AnyWritersSince(gate, 2, "S")}");
        var released = Rw.ReleaseLock(gate, "S");
        Note("release lock");
        Try("restore", () => Rw.RestoreLock(gate, ref released, "S"));
        Try("restore again", () => Rw.RestoreLock(gate, ref released, "S"));
        Try("release write", () => Rw.ReleaseWriterLock(gate, "S"));
        Try("release write", () => Rw.ReleaseWriterLock(gate, "S"));
        Try("restore used cookie", () => Rw.RestoreLock(gate, ref released, "S"));
        var foreign = default(LockCookie);
        Try("restore foreign cookie", () => Rw.RestoreLock(gate, ref foreign, "S"));
        var fromNone = Rw.UpgradeToWriterLock(gate, -1, "S");
        Note("upgrade from none");
        Try("write", () => Rw.AcquireWriterLock(gate, -1, "S"));
        Try("downgrade to none", () => Rw.DowngradeFromWriterLock(gate, ref fromNone, "S"));
        Try("write", () => Rw.AcquireWriterLock(gate, -1, "S"));
        Try("downgrade with a used cookie", () => Rw.DowngradeFromWriterLock(gate, ref fromNone, "S"));
        var reads = Rw.ReleaseLock(gate, "S");
        Note("release lock as writer");
        Try("read", () => Rw.AcquireReaderLock(gate, -1, "S"));
        Try("read", () => Rw.AcquireReaderLock(gate, -1, "S"));
        var readCookie = Rw.ReleaseLock(gate, "S");
        Note("release lock as reader");
        Try("restore reads", () => Rw.RestoreLock(gate, ref readCookie, "S"));
        Try("release read", () => Rw.ReleaseReaderLock(gate, "S"));
        Try("release read", () => Rw.ReleaseReaderLock(gate, "S"));
        Try("restore writes", () => Rw.RestoreLock(gate, ref reads, "S"));
        Try("release write", () => Rw.ReleaseWriterLock(gate, "S"));
        Try("bad timeout", () => Rw.AcquireReaderLock(gate, -2, "S"));
        Try("bad span", () => Rw.AcquireWriterLock(gate, TimeSpan.FromMilliseconds(-2), "S"));
        Try("bad upgrade timeout", () => Rw.UpgradeToWriterLock(gate, -5, "S"));
        return seen;
    }
}
