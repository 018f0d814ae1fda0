using Harness.Hybrid;

namespace Harness.Scheduling;

/// <summary>The iteration's old <see cref="ReaderWriterLock"/>s (issue 12), allocated at the first one used.</summary>
internal sealed partial class ControlledRuntime
{
    private ControlledOldReaderWriterLocks? oldReaderWriterLocks;

    internal ControlledOldReaderWriterLocks OldReaderWriterLocks => oldReaderWriterLocks ??= new ControlledOldReaderWriterLocks(this);
}
