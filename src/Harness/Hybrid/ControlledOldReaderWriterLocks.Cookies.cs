namespace Harness.Hybrid;

/// <summary>
/// UpgradeToWriterLock, DowngradeFromWriterLock, ReleaseLock and RestoreLock, with .NET 10's cookie rules: an upgrade
/// by the only reader converts at once, any other gives up the read lock before it waits for the write lock (so
/// another writer may get in first) and takes the read lock back if it times out.
/// </summary>
internal sealed partial class ControlledOldReaderWriterLocks
{
    internal LockCookie Upgrade(ReaderWriterLock gate, int millisecondsTimeout, string site)
    {
        runtime.Park(new ParkedWait("upgrades", "a ReaderWriterLock reader lock", site, null));
        var state = StateOf(gate);
        LockCookie cookie;
        if (state.HoldsWrite)
        {
            cookie = OldReaderWriterLockCookies.Make("Upgrade", "OwnedWriter", 0, state.Writer!.Count);
        }
        else if (state.ReaderHere is not { } reader)
        {
            cookie = OldReaderWriterLockCookies.Make("Upgrade", "OwnedNone", 0, 0);
        }
        else
        {
            cookie = OldReaderWriterLockCookies.Make("Upgrade", "OwnedReader", reader.Count, 0);
            if (state.Readers.Count == 1 && state.OnlyReaders)
            {
                state.Readers.Remove(reader);
                state.Writer = new LockHolder(runtime.RunningOperation, site);
                state.WriterSeqNum++;
                return cookie;
            }

            state.ReaderLeft(reader);
            if (!TakeWriter(state, millisecondsTimeout, site))
            {
                TakeReader(state, Timeout.Infinite, site);
                state.ReaderHere!.Count = reader.Count;
                throw OldReaderWriterLockErrors.TimedOut();
            }

            return cookie;
        }

        return TakeWriter(state, millisecondsTimeout, site) ? cookie : throw OldReaderWriterLockErrors.TimedOut();
    }

    internal void Downgrade(ReaderWriterLock gate, ref LockCookie cookie, string site)
    {
        var state = StateOf(gate);
        if (!state.HoldsWrite)
        {
            throw NotOwner(state, "DowngradeFromWriterLock", site);
        }

        var view = OldReaderWriterLockCookies.Read(cookie);
        var writer = state.Writer!;
        if (view.Has("Invalid") || !view.IsMine || ((view.Has("OwnedWriter") || view.Has("OwnedNone")) && writer.Count <= view.WriterLevel))
        {
            throw OldReaderWriterLockErrors.InvalidCookie();
        }

        if (view.Has("OwnedReader"))
        {
            // Back to the reader levels it had; the waiting readers come in with it, the waiting writers stay.
            state.Writer = null;
            state.Readers.Add(new LockHolder(runtime.RunningOperation, site) { Count = view.ReaderLevel });
            state.ReadersSignalled |= state.WaitingReaders > 0;
        }
        else if (view.WriterLevel > 0)
        {
            writer.Count = view.WriterLevel;
        }
        else
        {
            state.WriterLeft();
        }

        cookie = OldReaderWriterLockCookies.Invalidated(view);
    }

    internal LockCookie ReleaseLock(ReaderWriterLock gate)
    {
        var state = StateOf(gate);
        if (state.HoldsWrite)
        {
            var cookie = OldReaderWriterLockCookies.Make("Release", "OwnedWriter", 0, state.Writer!.Count);
            state.WriterLeft();
            return cookie;
        }

        if (state.ReaderHere is { } reader)
        {
            var cookie = OldReaderWriterLockCookies.Make("Release", "OwnedReader", reader.Count, 0);
            state.ReaderLeft(reader);
            return cookie;
        }

        return OldReaderWriterLockCookies.Make("Release", "OwnedNone", 0, 0);
    }

    internal void Restore(ReaderWriterLock gate, ref LockCookie cookie, string site)
    {
        runtime.Park(new ParkedWait("restores", "a ReaderWriterLock", site, null));
        var state = StateOf(gate);
        var view = OldReaderWriterLockCookies.Read(cookie);
        if (!view.IsMine)
        {
            throw OldReaderWriterLockErrors.InvalidCookie();
        }

        if (state.HoldsWrite || state.ReaderHere is not null)
        {
            throw OldReaderWriterLockErrors.RestoreWhileHeld();
        }

        if (view.Has("Invalid"))
        {
            throw OldReaderWriterLockErrors.InvalidCookie();
        }

        // .NET restores without a timeout: it does not return before the lock is back as the cookie says.
        if (!view.Has("OwnedNone") && view.Has("OwnedWriter"))
        {
            TakeWriter(state, Timeout.Infinite, site);
            state.Writer!.Count = view.WriterLevel;
        }
        else if (!view.Has("OwnedNone") && view.Has("OwnedReader"))
        {
            TakeReader(state, Timeout.Infinite, site);
            state.ReaderHere!.Count = view.ReaderLevel;
        }

        cookie = OldReaderWriterLockCookies.Invalidated(view);
    }
}
