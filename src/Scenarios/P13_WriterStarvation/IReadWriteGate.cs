namespace Scenarios.P13_WriterStarvation;

/// <summary>
/// An async reader/writer lock: many readers at once, or one writer alone. The BCL has none that works across
/// awaits (ReaderWriterLockSlim is tied to the thread that entered it), so teams write their own.
/// </summary>
public interface IReadWriteGate
{
    /// <summary>Waits until reading is allowed and enters as a reader.</summary>
    /// <returns>A task that completes when the caller may read.</returns>
    Task EnterReadAsync();

    /// <summary>Leaves as a reader.</summary>
    void ExitRead();

    /// <summary>Waits until no one else reads or writes and enters as the writer.</summary>
    /// <returns>A task that completes when the caller may write.</returns>
    Task EnterWriteAsync();

    /// <summary>Leaves as the writer.</summary>
    void ExitWrite();
}
