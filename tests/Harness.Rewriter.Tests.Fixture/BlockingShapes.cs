namespace Fixture;

/// <summary>One method per blocking call the rewriter must send to the hybrid mode's targets, written as code writes them.</summary>
public static class BlockingShapes
{
    public static void WaitBoth(Task first, Task second) => Task.WaitAll(first, second);

    public static bool WaitAllWithin(Task[] tasks) => Task.WaitAll(tasks, 100);

    public static int WaitEither(Task first, Task second) => Task.WaitAny(first, second);

    public static bool WaitSignal(ManualResetEvent signal) => signal.WaitOne(100);

    public static bool WaitTurn(AutoResetEvent turn) => turn.WaitOne();

    public static int WaitAnySignal(WaitHandle[] handles) => WaitHandle.WaitAny(handles, 0);

    public static bool WaitAllSignals(WaitHandle[] handles) => WaitHandle.WaitAll(handles, TimeSpan.FromSeconds(1));

    public static int SpinTwice()
    {
        var spinner = default(SpinWait);
        spinner.SpinOnce();
        spinner.SpinOnce(-1);
        return spinner.Count;
    }

    public static bool SpinFor(Func<bool> condition) => SpinWait.SpinUntil(condition, 10);

    public static void Busy(int iterations) => Thread.SpinWait(iterations);

    public static bool TryLockWithin(object gate) => Monitor.TryEnter(gate, 10);

    public static bool TryLockWithin(Lock gate) => gate.TryEnter(TimeSpan.FromMilliseconds(10));

    public static int ReadThenUpgrade(ReaderWriterLockSlim gate, int[] value)
    {
        gate.EnterReadLock();
        int seen = gate.IsReadLockHeld ? value[0] + gate.CurrentReadCount : 0;
        gate.ExitReadLock();
        gate.EnterUpgradeableReadLock();
        if (gate.TryEnterWriteLock(TimeSpan.FromMilliseconds(10)) && gate.IsWriteLockHeld)
        {
            value[0] = seen;
            gate.ExitWriteLock();
        }

        gate.ExitUpgradeableReadLock();
        return seen;
    }

    public static bool WriteWithin(ReaderWriterLockSlim gate)
    {
        if (!gate.TryEnterReadLock(5) || !gate.TryEnterUpgradeableReadLock(TimeSpan.Zero) || gate.IsUpgradeableReadLockHeld)
        {
            return false;
        }

        gate.EnterWriteLock();
        gate.ExitWriteLock();
        return gate.TryEnterWriteLock(1);
    }

    public static long MeetTwice(Action<Barrier> report)
    {
        using var barrier = new Barrier(1, report);
        barrier.SignalAndWait();
        return barrier.SignalAndWait(10) ? barrier.CurrentPhaseNumber + barrier.ParticipantsRemaining : 0;
    }
}
