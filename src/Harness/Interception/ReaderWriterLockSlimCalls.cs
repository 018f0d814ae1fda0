using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="ReaderWriterLockSlim"/>. Inside a harness run a lock of either
/// <see cref="LockRecursionPolicy"/> is modelled instead of taken: each Enter is a scheduling point, a contended one
/// parks the operation (so a reader/writer deadlock is a <see cref="BugKind.Deadlock"/>), and misuse throws what .NET
/// throws; with <see cref="LockRecursionPolicy.SupportsRecursion"/> the re-entries .NET allows go in at once. Every
/// call outside a run is the BCL's. Every call on one lock must be redirected: the model never touches the real lock.
/// </summary>
public static partial class ReaderWriterLockSlimCalls
{
    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.EnterReadLock"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    public static void EnterReadLock(ReaderWriterLockSlim gate, string site) => Enter(gate, ReaderWriterMode.Read, Timeout.Infinite, site);

    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.EnterUpgradeableReadLock"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    public static void EnterUpgradeableReadLock(ReaderWriterLockSlim gate, string site) => Enter(gate, ReaderWriterMode.Upgradeable, Timeout.Infinite, site);

    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.EnterWriteLock"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    public static void EnterWriteLock(ReaderWriterLockSlim gate, string site) => Enter(gate, ReaderWriterMode.Write, Timeout.Infinite, site);

    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.ExitReadLock"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    public static void ExitReadLock(ReaderWriterLockSlim gate, string site) => Exit(gate, ReaderWriterMode.Read, site);

    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.ExitUpgradeableReadLock"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    public static void ExitUpgradeableReadLock(ReaderWriterLockSlim gate, string site) => Exit(gate, ReaderWriterMode.Upgradeable, site);

    /// <summary>Stands in for <see cref="ReaderWriterLockSlim.ExitWriteLock"/>.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    public static void ExitWriteLock(ReaderWriterLockSlim gate, string site) => Exit(gate, ReaderWriterMode.Write, site);

    /// <summary>Stands in for the <see cref="ReaderWriterLockSlim.IsReadLockHeld"/> getter: inside a run it asks the model.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the current thread holds a read lock.</returns>
    public static bool IsReadLockHeld(ReaderWriterLockSlim gate, string site) =>
        Controllable(gate) is { } runtime ? runtime.ReaderWriterLocks.IsHeld(gate, ReaderWriterMode.Read) : gate.IsReadLockHeld;

    /// <summary>Stands in for the <see cref="ReaderWriterLockSlim.IsUpgradeableReadLockHeld"/> getter.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the current thread holds the upgradeable read lock.</returns>
    public static bool IsUpgradeableReadLockHeld(ReaderWriterLockSlim gate, string site) =>
        Controllable(gate) is { } runtime ? runtime.ReaderWriterLocks.IsHeld(gate, ReaderWriterMode.Upgradeable) : gate.IsUpgradeableReadLockHeld;

    /// <summary>Stands in for the <see cref="ReaderWriterLockSlim.IsWriteLockHeld"/> getter.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the current thread holds the write lock.</returns>
    public static bool IsWriteLockHeld(ReaderWriterLockSlim gate, string site) =>
        Controllable(gate) is { } runtime ? runtime.ReaderWriterLocks.IsHeld(gate, ReaderWriterMode.Write) : gate.IsWriteLockHeld;

    /// <summary>Stands in for the <see cref="ReaderWriterLockSlim.CurrentReadCount"/> getter.</summary>
    /// <param name="gate">The lock.</param>
    /// <param name="site">The call site.</param>
    /// <returns>How many threads hold a read lock (the upgradeable holder counts only with a read lock of its own).</returns>
    public static int CurrentReadCount(ReaderWriterLockSlim gate, string site) =>
        Controllable(gate) is { } runtime ? runtime.ReaderWriterLocks.CurrentReadCount(gate) : gate.CurrentReadCount;

    private static void Exit(ReaderWriterLockSlim gate, ReaderWriterMode mode, string site)
    {
        {
            // Once the iteration is over, unwinding code releases nothing: the model is gone and the real lock was never taken.
            if (SyncPoints.ActiveForRelease(out bool abandoned) is { } runtime)
            {
                runtime.ReaderWriterLocks.Exit(gate, mode, "ReaderWriterLockSlim.Exit" + Call(mode), site);
                return;
            }

            if (abandoned)
            {
                return;
            }
        }

        switch (mode)
        {
            case ReaderWriterMode.Read:
                gate.ExitReadLock();
                break;
            case ReaderWriterMode.Upgradeable:
                gate.ExitUpgradeableReadLock();
                break;
            default:
                gate.ExitWriteLock();
                break;
        }
    }

    private static string Call(ReaderWriterMode mode) => mode switch
    {
        ReaderWriterMode.Read => "ReadLock",
        ReaderWriterMode.Upgradeable => "UpgradeableReadLock",
        _ => "WriteLock",
    };

    /// <summary>The runtime when the caller runs in a harness step and the lock has the policy the model follows.</summary>
    private static Scheduling.ControlledRuntime? Controllable(ReaderWriterLockSlim gate)
    {
        _ = gate;
        return SyncPoints.Active();
    }
}
