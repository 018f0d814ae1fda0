using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// The old <see cref="ReaderWriterLock"/>s of one iteration, modelled instead of taken: each acquisition is a
/// scheduling point, a contended one parks the operation (with its timeout on the virtual clock, then .NET's
/// ApplicationException), so two writers in opposite orders, or a reader asking for the write lock it blocks itself,
/// end as a <see cref="BugKind.Deadlock"/>. Recursion is .NET's: a reader or writer enters again at once, a writer
/// asking for a read lock gets another write level, and releases count down.
/// </summary>
internal sealed partial class ControlledOldReaderWriterLocks(ControlledRuntime runtime)
{
    private readonly Dictionary<ReaderWriterLock, OldReaderWriterLockState> states = new(ReferenceEqualityComparer.Instance);

    internal void AcquireReader(ReaderWriterLock gate, int millisecondsTimeout, string site)
    {
        runtime.Park(new ParkedWait("enters", "a ReaderWriterLock reader lock", site, null));
        if (!TakeReader(StateOf(gate), millisecondsTimeout, site))
        {
            throw OldReaderWriterLockErrors.TimedOut();
        }
    }

    internal void AcquireWriter(ReaderWriterLock gate, int millisecondsTimeout, string site)
    {
        runtime.Park(new ParkedWait("enters", "a ReaderWriterLock writer lock", site, null));
        if (!TakeWriter(StateOf(gate), millisecondsTimeout, site))
        {
            throw OldReaderWriterLockErrors.TimedOut();
        }
    }

    /// <summary>A writer's ReleaseReaderLock releases a write level, as .NET's does.</summary>
    internal void ReleaseReader(ReaderWriterLock gate, string site)
    {
        var state = StateOf(gate);
        if (state.HoldsWrite)
        {
            ReleaseWriter(gate, site);
            return;
        }

        var reader = state.ReaderHere ?? throw NotOwner(state, "ReleaseReaderLock", site);
        if (--reader.Count == 0)
        {
            state.ReaderLeft(reader);
        }
    }

    internal void ReleaseWriter(ReaderWriterLock gate, string site)
    {
        var state = StateOf(gate);
        if (!state.HoldsWrite)
        {
            throw NotOwner(state, "ReleaseWriterLock", site);
        }

        if (--state.Writer!.Count == 0)
        {
            state.WriterLeft();
        }
    }

    internal bool IsReaderLockHeld(ReaderWriterLock gate) => StateOf(gate).ReaderHere is not null;

    internal bool IsWriterLockHeld(ReaderWriterLock gate) => StateOf(gate).HoldsWrite;

    internal int WriterSeqNum(ReaderWriterLock gate) => StateOf(gate).WriterSeqNum;

    /// <summary>As .NET: the current writer's own acquisition does not count.</summary>
    internal bool AnyWritersSince(ReaderWriterLock gate, int seqNum)
    {
        var state = StateOf(gate);
        return (uint)state.WriterSeqNum > (uint)(state.HoldsWrite ? seqNum + 1 : seqNum);
    }

    private bool TakeReader(OldReaderWriterLockState state, int millisecondsTimeout, string site)
    {
        if (state.ReaderHere is { } nested)
        {
            nested.Count++;
            return true;
        }

        if (state.HoldsWrite)
        {
            state.Writer!.Count++;
            return true;
        }

        if (state.ReaderMayEnter)
        {
            state.Readers.Add(new LockHolder(runtime.RunningOperation, site));
            return true;
        }

        state.WaitingReaders++;
        bool woken;
        try
        {
            woken = runtime.BlockUntil(() => state.ReadersSignalled && state.Writer is null, () => state.Blocking(writer: false), "takes a ReaderWriterLock reader lock", site, Span(millisecondsTimeout), CancellationToken.None);
        }
        finally
        {
            state.WaitingReaders--;
        }

        if (woken || (state.ReadersSignalled && state.WaitingReaders == 0))
        {
            // The last woken reader ends the hand-over; one that timed out just then takes the lock and passes it on, as .NET does.
            var reader = new LockHolder(runtime.RunningOperation, site);
            state.Readers.Add(reader);
            state.ReadersSignalled = state.ReadersSignalled && state.WaitingReaders > 0;
            if (!woken)
            {
                state.ReaderLeft(reader);
            }
        }

        return woken;
    }

    private bool TakeWriter(OldReaderWriterLockState state, int millisecondsTimeout, string site)
    {
        if (state.HoldsWrite)
        {
            state.Writer!.Count++;
            return true;
        }

        if (!state.IsIdle)
        {
            state.WaitingWriters++;
            bool woken;
            try
            {
                woken = runtime.BlockUntil(() => state.WriterSignalled, () => state.Blocking(writer: true), "takes a ReaderWriterLock writer lock", site, Span(millisecondsTimeout), CancellationToken.None);
            }
            finally
            {
                state.WaitingWriters--;
            }

            if (!woken)
            {
                // The last waiting writer timing out just as it was woken takes the lock and passes it on, as .NET does.
                if (state.WriterSignalled && state.WaitingWriters == 0)
                {
                    state.WriterSignalled = false;
                    state.WriterLeft();
                }

                return false;
            }

            state.WriterSignalled = false;
        }

        state.Writer = new LockHolder(runtime.RunningOperation, site);
        state.WriterSeqNum++;
        return true;
    }

    /// <summary>.NET's exception; a lock this operation took before an await is also reported as the misuse it is.</summary>
    private Exception NotOwner(OldReaderWriterLockState state, string call, string site)
    {
        if (runtime.RunningOperation is { } operation
            && (state.Writer is { IsHere: false } writer && writer.Operation == operation ? writer : state.Readers.Find(reader => reader.Operation == operation && !reader.IsHere)) is { } mine)
        {
            runtime.OnLockMisuse(LockMisuse.HeldAcrossAwait("ReaderWriterLock." + call, mine.Site), site);
        }

        return OldReaderWriterLockErrors.NotOwner();
    }

    private static TimeSpan Span(int millisecondsTimeout) =>
        millisecondsTimeout == Timeout.Infinite ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(millisecondsTimeout);

    private OldReaderWriterLockState StateOf(ReaderWriterLock gate)
    {
        if (!states.TryGetValue(gate, out var state))
        {
            state = new OldReaderWriterLockState();
            states.Add(gate, state);
        }

        return state;
    }
}
