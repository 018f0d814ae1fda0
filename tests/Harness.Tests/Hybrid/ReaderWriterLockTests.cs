using Harness.Interception;
using Rw = Harness.Interception.ReaderWriterLockSlimCalls;

namespace Harness.Tests.Hybrid;

public sealed class ReaderWriterLockTests
{
    private static readonly ExplorationOptions Exhaustive = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 20_000 };

    [Fact]
    public void Readers_share_the_lock_and_a_writer_waits_until_they_leave_in_every_schedule()
    {
        int mostReadersTogether = 0;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var gate = new ReaderWriterLockSlim();
                int readersInside = 0;
                bool writerInside = false;
                Task Reader(string name) => Controlled.Run(() =>
                {
                    Rw.EnterReadLock(gate, "Catalog.cs:4");
                    readersInside++;
                    Invariant.Assert(!writerInside && Rw.IsReadLockHeld(gate, "Catalog.cs:6") && !Rw.IsWriteLockHeld(gate, "Catalog.cs:6"), "a reader is alone with readers");
                    mostReadersTogether = Math.Max(mostReadersTogether, Rw.CurrentReadCount(gate, "Catalog.cs:7"));
                    Controlled.Interleave();
                    readersInside--;
                    Rw.ExitReadLock(gate, "Catalog.cs:10");
                    return Task.CompletedTask;
                }, name);
                var writer = Controlled.Run(() =>
                {
                    Rw.EnterWriteLock(gate, "Catalog.cs:14");
                    writerInside = true;
                    Invariant.Assert(readersInside == 0 && Rw.CurrentReadCount(gate, "Catalog.cs:16") == 0 && Rw.IsWriteLockHeld(gate, "Catalog.cs:16"), "the writer is alone");
                    Controlled.Interleave();
                    writerInside = false;
                    Rw.ExitWriteLock(gate, "Catalog.cs:19");
                    return Task.CompletedTask;
                }, "writer");
                await Task.WhenAll(Reader("first"), Reader("second"), writer);
            },
            Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
        Assert.Equal(2, mostReadersTogether);
    }

    [Fact]
    public void One_upgradeable_reader_at_a_time_reads_beside_readers_and_upgrades_once_they_leave()
    {
        bool sharedWithReader = false, secondRefused = false;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var gate = new ReaderWriterLockSlim();
                bool upgradeableInside = false, readerInside = false;
                var upgrader = Controlled.Run(() =>
                {
                    Rw.EnterUpgradeableReadLock(gate, "Prices.cs:4");
                    upgradeableInside = true;
                    sharedWithReader |= readerInside;
                    Rw.EnterWriteLock(gate, "Prices.cs:7");
                    Invariant.Assert(!readerInside && Rw.IsUpgradeableReadLockHeld(gate, "Prices.cs:8"), "the upgrade waited for the reader to leave");
                    Rw.ExitWriteLock(gate, "Prices.cs:9");
                    upgradeableInside = false;
                    Rw.ExitUpgradeableReadLock(gate, "Prices.cs:11");
                    return Task.CompletedTask;
                }, "upgrader");
                var reader = Controlled.Run(() =>
                {
                    Rw.EnterReadLock(gate, "Prices.cs:16");
                    readerInside = true;
                    sharedWithReader |= upgradeableInside;
                    Controlled.Interleave();
                    readerInside = false;
                    Rw.ExitReadLock(gate, "Prices.cs:21");
                    return Task.CompletedTask;
                }, "reader");
                var second = Controlled.Run(() =>
                {
                    bool taken = Rw.TryEnterUpgradeableReadLock(gate, 0, "Prices.cs:26");
                    Invariant.Assert(taken != upgradeableInside, "a second upgradeable reader gets in exactly when the first is out");
                    secondRefused |= !taken;
                    if (taken)
                    {
                        Rw.ExitUpgradeableReadLock(gate, "Prices.cs:31");
                    }

                    return Task.CompletedTask;
                }, "second");
                await Task.WhenAll(upgrader, reader, second);
            },
            Exhaustive);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
        Assert.True(sharedWithReader, "some schedule has the upgradeable reader and a reader inside together");
        Assert.True(secondRefused, "some schedule refuses the second upgradeable reader");
    }
}
