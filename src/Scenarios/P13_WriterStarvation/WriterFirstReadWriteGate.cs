namespace Scenarios.P13_WriterStarvation;

/// <summary>
/// The fixed gate, writer-preferring: once a writer waits, new readers queue behind it. The readers inside
/// drain, the writer gets its turn, and the queued readers go in together when it leaves (the rule Go's RWMutex
/// follows, and Stephen Toub's AsyncReaderWriterLock).
/// </summary>
public sealed class WriterFirstReadWriteGate : IReadWriteGate
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
            if (!writing && waitingWriters.Count == 0)
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
