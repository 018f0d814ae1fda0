namespace Harness.Hybrid;

/// <summary>
/// The controlled state of one old <see cref="ReaderWriterLock"/> inside one iteration, with .NET 10's hand-over
/// rules (its managed implementation): a new reader gets in only while nobody writes, waits or is being woken, or
/// while waiting readers are being let in; a new writer only when the lock is idle. The last reader to leave hands
/// the lock to a waiting writer first, a leaving writer to the waiting readers first (all of them at once).
/// </summary>
internal sealed class OldReaderWriterLockState
{
    /// <summary>One holder per thread and segment; its <see cref="LockHolder.Count"/> is the reader level.</summary>
    internal List<LockHolder> Readers { get; } = [];

    /// <summary>The writer; its <see cref="LockHolder.Count"/> is the writer level.</summary>
    internal LockHolder? Writer { get; set; }

    internal int WaitingReaders { get; set; }

    internal int WaitingWriters { get; set; }

    /// <summary>The waiting readers are being let in (.NET's ReaderSignaled): new readers may join them.</summary>
    internal bool ReadersSignalled { get; set; }

    /// <summary>One waiting writer may take the lock (.NET's WriterSignaled, an auto-reset event).</summary>
    internal bool WriterSignalled { get; set; }

    /// <summary>Starts at 1 and counts every fresh write acquisition, as .NET's <see cref="ReaderWriterLock.WriterSeqNum"/>.</summary>
    internal int WriterSeqNum { get; set; } = 1;

    internal LockHolder? ReaderHere => Readers.Find(reader => reader.IsHere);

    internal bool HoldsWrite => Writer is { IsHere: true };

    /// <summary>.NET's state word is 0: nothing held, awaited or signalled.</summary>
    internal bool IsIdle => Readers.Count == 0 && OnlyReaders;

    /// <summary>.NET's state word holds reader counts only.</summary>
    internal bool OnlyReaders => Writer is null && WaitingReaders == 0 && WaitingWriters == 0 && !ReadersSignalled && !WriterSignalled;

    internal bool ReaderMayEnter => OnlyReaders || (ReadersSignalled && Writer is null);

    /// <summary>A thread gave up its last read entry: the last reader out wakes a writer, else the readers.</summary>
    internal void ReaderLeft(LockHolder reader)
    {
        Readers.Remove(reader);
        if (Readers.Count > 0 || ReadersSignalled)
        {
            return;
        }

        if (WaitingWriters > 0)
        {
            WriterSignalled = true;
        }
        else if (WaitingReaders > 0)
        {
            ReadersSignalled = true;
        }
    }

    /// <summary>The writer gave up its last level: the waiting readers go first, else one waiting writer.</summary>
    internal void WriterLeft()
    {
        Writer = null;
        if (WaitingReaders > 0)
        {
            ReadersSignalled = true;
        }
        else if (WaitingWriters > 0)
        {
            WriterSignalled = true;
        }
    }

    /// <summary>For deadlock reports: what a waiting reader or writer waits for.</summary>
    internal string Blocking(bool writer)
    {
        if (Writer is not null)
        {
            return $"a ReaderWriterLock writer lock held by {Writer.Describe()}{Ended(Writer)}";
        }

        if (Readers.Count > 0)
        {
            string readers = string.Join(", ", Readers.Select(reader => reader.Describe() + Ended(reader)));
            return writer
                ? $"a ReaderWriterLock reader lock held by {readers}"
                : $"a ReaderWriterLock reader lock held by {readers}: .NET lets no new reader in while a writer waits for the lock";
        }

        return "a ReaderWriterLock that no release will hand over any more";
    }

    private static string Ended(LockHolder holder) =>
        holder.Operation is { IsFinished: true } ? ", which ended without releasing it" : "";
}
