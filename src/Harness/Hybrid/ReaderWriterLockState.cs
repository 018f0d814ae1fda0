using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// The controlled state of one <see cref="ReaderWriterLockSlim"/> (NoRecursion policy) inside one iteration. The real
/// lock is never taken: holders and queued writers are modelled here, so a contended lock is a blocked operation.
/// Queued writers and upgraders are counted because .NET lets no new reader in while one waits (writer preference),
/// which code can observe as a deadlock.
/// </summary>
internal sealed class ReaderWriterLockState
{
    internal List<LockHolder> Readers { get; } = [];

    internal LockHolder? Upgradeable { get; set; }

    internal LockHolder? Writer { get; set; }

    internal int WaitingWriters { get; set; }

    internal int WaitingUpgraders { get; set; }

    internal bool HoldsRead => Readers.Exists(holder => holder.IsHere);

    internal bool HoldsUpgradeable => Upgradeable is { IsHere: true };

    internal bool HoldsWrite => Writer is { IsHere: true };

    /// <summary>
    /// Whether the mode is free for a caller that does (<paramref name="upgrading"/>) or does not hold the upgradeable
    /// lock: passed in, because the scheduler asks from its own thread. A new reader waits while a writer holds the
    /// lock or queues for it, the upgradeable holder never does; the upgradeable holder upgrades once the readers left.
    /// </summary>
    internal bool CanTake(ReaderWriterMode mode, bool upgrading) => mode switch
    {
        ReaderWriterMode.Read => Writer is null && (upgrading || (WaitingWriters == 0 && WaitingUpgraders == 0)),
        ReaderWriterMode.Upgradeable => Upgradeable is null && Writer is null && WaitingWriters == 0 && WaitingUpgraders == 0,
        _ => Writer is null && Readers.Count == 0 && (Upgradeable is null || upgrading),
    };

    /// <summary>For deadlock reports: what a waiting reader, upgradeable reader or writer waits for.</summary>
    internal string Blocking(ReaderWriterMode wanted)
    {
        const string Queued = ": .NET lets no new reader in while a writer waits for the lock";
        if (Writer is not null)
        {
            return $"a ReaderWriterLockSlim write lock held by {Writer.Describe()}";
        }

        if (wanted == ReaderWriterMode.Write && Readers.Count > 0)
        {
            return $"a ReaderWriterLockSlim read lock held by {string.Join(", ", Readers.Select(reader => reader.Describe()))}";
        }

        if (wanted != ReaderWriterMode.Read && Upgradeable is not null)
        {
            return $"a ReaderWriterLockSlim upgradeable read lock held by {Upgradeable.Describe()}";
        }

        return wanted == ReaderWriterMode.Read ? "a ReaderWriterLockSlim read lock" + Queued : "a ReaderWriterLockSlim upgradeable read lock" + Queued;
    }
}

/// <summary>The three modes of a <see cref="ReaderWriterLockSlim"/>.</summary>
internal enum ReaderWriterMode
{
    Read,
    Upgradeable,
    Write,
}

/// <summary>Who holds a lock: the thread and segment (ownership is per thread, lost at an await), for reports the operation and site.</summary>
internal sealed class LockHolder(Operation? operation, string site)
{
    internal Thread Thread { get; } = Thread.CurrentThread;

    internal int Segment { get; } = ThreadSegment.Current;

    internal Operation? Operation => operation;

    internal string Site => site;

    /// <summary>Entries of this mode by this holder (above 1 only with SupportsRecursion; a recursive reader is one holder per entry).</summary>
    internal int Count { get; set; } = 1;

    internal bool IsHere => Thread == Thread.CurrentThread && Segment == ThreadSegment.Current;

    internal string Describe() => operation is null ? "nobody" : $"'{operation.Name}' (taken at {site})";
}
