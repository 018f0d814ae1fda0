namespace Harness.Hybrid;

/// <summary>The exceptions .NET's <see cref="ReaderWriterLockSlim"/> throws for a recursive entry (NoRecursion policy) or a release of a mode not held, worded as .NET's.</summary>
internal static class ReaderWriterLockMisuse
{
    internal static LockRecursionException RecursiveRead() => new("Recursive read lock acquisitions not allowed in this mode.");

    internal static LockRecursionException ReadAfterWrite() => new("A read lock may not be acquired with the write lock held in this mode.");

    internal static LockRecursionException WriteAfterRead() =>
        new("Write lock may not be acquired with read lock held. This pattern is prone to deadlocks. Please ensure that read locks are released before taking a write lock. If an upgrade is necessary, use an upgrade lock in place of the read lock.");

    internal static LockRecursionException RecursiveWrite() => new("Recursive write lock acquisitions not allowed in this mode.");

    internal static LockRecursionException UpgradeableAfterRead() => new("Upgradeable lock may not be acquired with read lock held.");

    internal static LockRecursionException RecursiveUpgradeable() => new("Recursive upgradeable lock acquisitions not allowed in this mode.");

    internal static LockRecursionException UpgradeableAfterWrite() =>
        new("Upgradeable lock may not be acquired with write lock held in this mode. Acquiring Upgradeable lock gives the ability to read along with an option to upgrade to a writer.");

    /// <summary>.NET's message for ExitReadLock, ExitWriteLock or ExitUpgradeableReadLock of a mode this thread does not hold.</summary>
    internal static SynchronizationLockException NotHeld(string mode) => new($"The {mode} lock is being released without being held.");
}
