using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for the old <see cref="ReaderWriterLock"/>. Inside a run the lock is modelled instead of taken
/// (.NET 10's hand-over rules, recursion, cookies, timeouts on the virtual clock with .NET's ApplicationException): each
/// acquisition is a scheduling point and a contended one parks the operation, so a reader/writer deadlock is a
/// <see cref="BugKind.Deadlock"/>. Every call outside a run is the BCL's. Every call on one lock must be redirected:
/// the model never touches the real lock.
/// </summary>
public static partial class ReaderWriterLockCalls
{
    /// <summary>Stands in for <see cref="ReaderWriterLock.AcquireReaderLock(int)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    public static void AcquireReaderLock(ReaderWriterLock gate, int millisecondsTimeout, string site)
    {
        if (Controllable(gate, millisecondsTimeout) is { } runtime)
        {
            runtime.OldReaderWriterLocks.AcquireReader(gate, millisecondsTimeout, site);
            return;
        }

        gate.AcquireReaderLock(millisecondsTimeout);
    }

    /// <summary>Stands in for <see cref="ReaderWriterLock.AcquireReaderLock(TimeSpan)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    public static void AcquireReaderLock(ReaderWriterLock gate, TimeSpan timeout, string site) =>
        AcquireReaderLock(gate, Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="ReaderWriterLock.AcquireWriterLock(int)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    public static void AcquireWriterLock(ReaderWriterLock gate, int millisecondsTimeout, string site)
    {
        if (Controllable(gate, millisecondsTimeout) is { } runtime)
        {
            runtime.OldReaderWriterLocks.AcquireWriter(gate, millisecondsTimeout, site);
            return;
        }

        gate.AcquireWriterLock(millisecondsTimeout);
    }

    /// <summary>Stands in for <see cref="ReaderWriterLock.AcquireWriterLock(TimeSpan)"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    public static void AcquireWriterLock(ReaderWriterLock gate, TimeSpan timeout, string site) =>
        AcquireWriterLock(gate, Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="ReaderWriterLock.ReleaseReaderLock"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    public static void ReleaseReaderLock(ReaderWriterLock gate, string site)
    {
        if (ForRelease(gate, out bool abandoned) is { } runtime)
        {
            runtime.OldReaderWriterLocks.ReleaseReader(gate, site);
        }
        else if (!abandoned)
        {
            gate.ReleaseReaderLock();
        }
    }

    /// <summary>Stands in for <see cref="ReaderWriterLock.ReleaseWriterLock"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    public static void ReleaseWriterLock(ReaderWriterLock gate, string site)
    {
        if (ForRelease(gate, out bool abandoned) is { } runtime)
        {
            runtime.OldReaderWriterLocks.ReleaseWriter(gate, site);
        }
        else if (!abandoned)
        {
            gate.ReleaseWriterLock();
        }
    }

    /// <summary>Stands in for the <see cref="ReaderWriterLock.IsReaderLockHeld"/> getter: inside a run it asks the model.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the current thread holds a reader lock (a writer that asked for one holds another write level instead).</returns>
    public static bool IsReaderLockHeld(ReaderWriterLock gate, string site) =>
        Controllable(gate) is { } runtime ? runtime.OldReaderWriterLocks.IsReaderLockHeld(gate) : gate.IsReaderLockHeld;

    /// <summary>Stands in for the <see cref="ReaderWriterLock.IsWriterLockHeld"/> getter: inside a run it asks the model.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the current thread holds the writer lock.</returns>
    public static bool IsWriterLockHeld(ReaderWriterLock gate, string site) =>
        Controllable(gate) is { } runtime ? runtime.OldReaderWriterLocks.IsWriterLockHeld(gate) : gate.IsWriterLockHeld;

    /// <summary>Stands in for the <see cref="ReaderWriterLock.WriterSeqNum"/> getter: inside a run it asks the model.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The number of write acquisitions so far, starting at 1 as in .NET.</returns>
    public static int WriterSeqNum(ReaderWriterLock gate, string site) =>
        Controllable(gate) is { } runtime ? runtime.OldReaderWriterLocks.WriterSeqNum(gate) : gate.WriterSeqNum;

    /// <summary>Stands in for <see cref="ReaderWriterLock.AnyWritersSince"/>: inside a run it asks the model.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="seqNum">A <see cref="ReaderWriterLock.WriterSeqNum"/> read earlier.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when another writer took the lock since.</returns>
    public static bool AnyWritersSince(ReaderWriterLock gate, int seqNum, string site) =>
        Controllable(gate) is { } runtime ? runtime.OldReaderWriterLocks.AnyWritersSince(gate, seqNum) : gate.AnyWritersSince(seqNum);

    /// <summary>
    /// The runtime when the caller is a controlled step; .NET's argument checks come first, with its parameter name. A
    /// null lock goes to the BCL call, which throws NullReferenceException as the call on a null receiver does.
    /// </summary>
    private static Scheduling.ControlledRuntime? Controllable(ReaderWriterLock? gate, int millisecondsTimeout = Timeout.Infinite)
    {
        if (gate is null || SyncPoints.Active() is not { } runtime)
        {
            return null;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite);
        return runtime;
    }

    // Once the iteration is over, unwinding code releases nothing: the model is gone and the real lock was never taken.
    private static Scheduling.ControlledRuntime? ForRelease(ReaderWriterLock? gate, out bool abandoned)
    {
        if (gate is null)
        {
            abandoned = false;
            return null;
        }

        return SyncPoints.ActiveForRelease(out abandoned);
    }

    // .NET's own check of a TimeSpan timeout, with its parameter name (measured on .NET 10).
    private static int Milliseconds(TimeSpan timeout)
    {
        long milliseconds = (long)timeout.TotalMilliseconds;
        ArgumentOutOfRangeException.ThrowIfLessThan(milliseconds, Timeout.Infinite, nameof(timeout));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(milliseconds, int.MaxValue, nameof(timeout));
        return (int)milliseconds;
    }
}
