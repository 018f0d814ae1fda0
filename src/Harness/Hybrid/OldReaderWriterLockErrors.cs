namespace Harness.Hybrid;

/// <summary>
/// The exceptions .NET's <see cref="ReaderWriterLock"/> throws, each made by a private real lock on the calling
/// thread (never contended, so nothing waits), so type, message and HResult are exactly .NET's: its
/// ApplicationException subclass for a release by a non-owner (0x120), an invalid cookie (0x80070057) and a timeout
/// (0x800705B4), and the SynchronizationLockException of RestoreLock while holding the lock.
/// </summary>
internal static class OldReaderWriterLockErrors
{
    internal static Exception NotOwner() => Thrown(static gate => gate.ReleaseWriterLock());

    internal static Exception InvalidCookie() => Thrown(static gate =>
    {
        var foreign = default(LockCookie); // names thread 0, which is never the caller
        gate.RestoreLock(ref foreign);
    });

    internal static Exception TimedOut() => Thrown(static gate =>
    {
        // The caller's own read lock keeps its write request waiting: a zero timeout then fails at once.
        gate.AcquireReaderLock(Timeout.Infinite);
        try
        {
            gate.AcquireWriterLock(0);
        }
        finally
        {
            gate.ReleaseReaderLock();
        }
    });

    internal static Exception RestoreWhileHeld() => Thrown(static gate =>
    {
        var cookie = gate.ReleaseLock();
        gate.AcquireReaderLock(Timeout.Infinite);
        try
        {
            gate.RestoreLock(ref cookie);
        }
        finally
        {
            gate.ReleaseReaderLock();
        }
    });

    private static Exception Thrown(Action<ReaderWriterLock> misuse)
    {
        try
        {
            misuse(new ReaderWriterLock());
        }
#pragma warning disable CA1031 // the exception is the product
        catch (Exception thrown)
#pragma warning restore CA1031
        {
            return thrown;
        }

        return new InvalidOperationException("ReaderWriterLock did not throw where .NET 10 does: the harness needs updating for this .NET version.");
    }
}
