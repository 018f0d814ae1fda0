namespace Scenarios.P13_WriterStarvation;

/// <summary>
/// The buggy gate, reader-preferring: a reader is let in whenever no writer is writing, even while a writer
/// waits. The writer gets in only when the reader count drops to zero, and under a steady stream of
/// overlapping readers that moment never comes (Go's RWMutex writer starved by RLock after RLock).
/// </summary>
public sealed class ReadWriteGate : IReadWriteGate
{
    private readonly Lock sync = new();
    private readonly Queue<TaskCompletionSource> waitingWriters = new();
    private readonly List<TaskCompletionSource> waitingReaders = [];
    private int readers;
    private bool writing;

    /// <inheritdoc/>
    public Task EnterReadAsync()
    {
        lock (sync)
        {
            if (!writing)
            {
                readers++;
                return Task.CompletedTask;
            }

            var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waitingReaders.Add(turn);
            return turn.Task;
        }
    }

    /// <inheritdoc/>
    public void ExitRead()
    {
        lock (sync)
        {
            if (--readers == 0 && waitingWriters.TryDequeue(out var writer))
            {
                writing = true;
                writer.SetResult();
            }
        }
    }

    /// <inheritdoc/>
    public Task EnterWriteAsync()
    {
        lock (sync)
        {
            if (!writing && readers == 0)
            {
                writing = true;
                return Task.CompletedTask;
            }

            var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waitingWriters.Enqueue(turn);
            return turn.Task;
        }
    }

    /// <inheritdoc/>
    public void ExitWrite()
    {
        lock (sync)
        {
            if (waitingWriters.TryDequeue(out var writer))
            {
                writer.SetResult();
                return;
            }

            writing = false;
            readers += waitingReaders.Count;
            waitingReaders.ForEach(reader => reader.SetResult());
            waitingReaders.Clear();
        }
    }
}
