using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// The <see cref="ReaderWriterLockSlim"/>s of one iteration, modelled as .NET behaves where code can observe it: each
/// Enter is a scheduling point, a recursive or out-of-order entry throws <see cref="LockRecursionException"/> before
/// any wait (with SupportsRecursion, only a write or upgradeable entry while holding just a read lock does; the other
/// re-entries go in at once, without waiting, as .NET's reentrant paths do), readers share, one upgradeable reader may join them, a writer
/// (or the upgrading holder) waits for the readers to leave, and a queued writer keeps new readers out.
/// </summary>
internal sealed class ControlledReaderWriterLocks(ControlledRuntime runtime)
{
    private readonly Dictionary<ReaderWriterLockSlim, ReaderWriterLockState> states = new(ReferenceEqualityComparer.Instance);

    /// <summary>Takes <paramref name="mode"/> within the virtual <paramref name="timeout"/> (infinite: Enter, zero: try once); false when it ran out.</summary>
    internal bool Enter(ReaderWriterLockSlim gate, ReaderWriterMode mode, string site, TimeSpan timeout)
    {
        var state = StateOf(gate);
        bool recursive = gate.RecursionPolicy == LockRecursionPolicy.SupportsRecursion;
        if (recursive)
        {
            EnsureNotAfterRead(state, mode);
        }
        else
        {
            EnsureNotRecursive(state, mode);
        }

        runtime.Park(new ParkedWait("enters", $"a ReaderWriterLockSlim {Name(mode)} lock", site, null));
        if (recursive && Reenter(state, mode, site))
        {
            return true;
        }

        bool upgrading = state.HoldsUpgradeable;
        if (!state.CanTake(mode, upgrading) && !Wait(state, mode, upgrading, site, timeout))
        {
            return false;
        }

        var holder = new LockHolder(runtime.RunningOperation, site);
        switch (mode)
        {
            case ReaderWriterMode.Read:
                state.Readers.Add(holder);
                break;
            case ReaderWriterMode.Upgradeable:
                state.Upgradeable = holder;
                break;
            default:
                state.Writer = holder;
                break;
        }

        return true;
    }

    internal void Exit(ReaderWriterLockSlim gate, ReaderWriterMode mode, string call, string site)
    {
        var state = StateOf(gate);
        switch (mode)
        {
            case ReaderWriterMode.Read:
                int index = state.Readers.FindIndex(reader => reader.IsHere);
                if (index < 0)
                {
                    throw NotHeld(state.Readers.Find(reader => reader.Operation == runtime.RunningOperation), mode, call, site);
                }

                state.Readers.RemoveAt(index);
                break;
            case ReaderWriterMode.Upgradeable:
                state.Upgradeable = state.HoldsUpgradeable ? Leave(state.Upgradeable!) : throw NotHeld(state.Upgradeable, mode, call, site);
                break;
            default:
                state.Writer = state.HoldsWrite ? Leave(state.Writer!) : throw NotHeld(state.Writer, mode, call, site);
                break;
        }
    }

    internal bool IsHeld(ReaderWriterLockSlim gate, ReaderWriterMode mode)
    {
        var state = StateOf(gate);
        return mode switch
        {
            ReaderWriterMode.Read => state.HoldsRead,
            ReaderWriterMode.Upgradeable => state.HoldsUpgradeable,
            _ => state.HoldsWrite,
        };
    }

    /// <summary>As .NET counts it: the readers, not the upgradeable holder unless it also took a read lock.</summary>
    // .NET counts threads, not entries: a recursive reader is one.
    internal int CurrentReadCount(ReaderWriterLockSlim gate) => StateOf(gate).Readers.DistinctBy(reader => (reader.Thread, reader.Segment)).Count();

    private static LockHolder? Leave(LockHolder holder) => --holder.Count == 0 ? null : holder;

    /// <summary>
    /// SupportsRecursion: the entries .NET grants at once to a thread that holds the lock already (measured on .NET 10):
    /// a read in any held mode, an upgradeable read again or under the write lock, the write lock again.
    /// </summary>
    private bool Reenter(ReaderWriterLockState state, ReaderWriterMode mode, string site)
    {
        switch (mode)
        {
            case ReaderWriterMode.Read when state.HoldsRead || state.HoldsWrite || state.HoldsUpgradeable:
                state.Readers.Add(new LockHolder(runtime.RunningOperation, site));
                return true;
            case ReaderWriterMode.Upgradeable when state.HoldsUpgradeable:
                state.Upgradeable!.Count++;
                return true;
            case ReaderWriterMode.Upgradeable when state.HoldsWrite:
                state.Upgradeable = new LockHolder(runtime.RunningOperation, site);
                return true;
            case ReaderWriterMode.Write when state.HoldsWrite:
                state.Writer!.Count++;
                return true;
            default:
                return false;
        }
    }

    /// <summary>SupportsRecursion still refuses a write or upgradeable entry by a thread holding only a read lock (a deadlock-prone upgrade).</summary>
    private static void EnsureNotAfterRead(ReaderWriterLockState state, ReaderWriterMode mode)
    {
        if (state.HoldsRead && !state.HoldsWrite && !state.HoldsUpgradeable && mode != ReaderWriterMode.Read)
        {
            throw mode == ReaderWriterMode.Write ? ReaderWriterLockMisuse.WriteAfterRead() : ReaderWriterLockMisuse.UpgradeableAfterRead();
        }
    }

    // A queued writer or upgrader is counted while it waits, because .NET keeps new readers out meanwhile.
    private bool Wait(ReaderWriterLockState state, ReaderWriterMode mode, bool upgrading, string site, TimeSpan timeout)
    {
        int writer = mode == ReaderWriterMode.Write && !upgrading ? 1 : 0;
        int upgrader = mode == ReaderWriterMode.Write && upgrading ? 1 : 0;
        state.WaitingWriters += writer;
        state.WaitingUpgraders += upgrader;
        try
        {
            return runtime.BlockUntil(() => state.CanTake(mode, upgrading), () => state.Blocking(mode), $"takes a ReaderWriterLockSlim {Name(mode)} lock", site, timeout, CancellationToken.None);
        }
        finally
        {
            state.WaitingWriters -= writer;
            state.WaitingUpgraders -= upgrader;
        }
    }

    private static void EnsureNotRecursive(ReaderWriterLockState state, ReaderWriterMode mode)
    {
        var thrown = mode switch
        {
            ReaderWriterMode.Read when state.HoldsRead => ReaderWriterLockMisuse.RecursiveRead(),
            ReaderWriterMode.Read when state.HoldsWrite => ReaderWriterLockMisuse.ReadAfterWrite(),
            ReaderWriterMode.Write when state.HoldsRead => ReaderWriterLockMisuse.WriteAfterRead(),
            ReaderWriterMode.Write when state.HoldsWrite => ReaderWriterLockMisuse.RecursiveWrite(),
            ReaderWriterMode.Upgradeable when state.HoldsRead => ReaderWriterLockMisuse.UpgradeableAfterRead(),
            ReaderWriterMode.Upgradeable when state.HoldsUpgradeable => ReaderWriterLockMisuse.RecursiveUpgradeable(),
            ReaderWriterMode.Upgradeable when state.HoldsWrite => ReaderWriterLockMisuse.UpgradeableAfterWrite(),
            _ => null,
        };
        if (thrown is not null)
        {
            throw thrown;
        }
    }

    /// <summary>A mode this operation took before an await is reported as the misuse it is (.NET throws whenever the continuation changed thread).</summary>
    private SynchronizationLockException NotHeld(LockHolder? holder, ReaderWriterMode mode, string call, string site)
    {
        if (holder is not null && holder.Operation is not null && holder.Operation == runtime.RunningOperation)
        {
            var misuse = LockMisuse.HeldAcrossAwait(call, holder.Site);
            runtime.OnLockMisuse(misuse, site);
            return misuse;
        }

        return ReaderWriterLockMisuse.NotHeld(mode == ReaderWriterMode.Upgradeable ? "upgradeable" : Name(mode));
    }

    private static string Name(ReaderWriterMode mode) => mode switch
    {
        ReaderWriterMode.Read => "read",
        ReaderWriterMode.Upgradeable => "upgradeable read",
        _ => "write",
    };

    private ReaderWriterLockState StateOf(ReaderWriterLockSlim gate)
    {
        if (!states.TryGetValue(gate, out var state))
        {
            state = new ReaderWriterLockState();
            states.Add(gate, state);
        }

        return state;
    }
}
