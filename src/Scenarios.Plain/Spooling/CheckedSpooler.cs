namespace Scenarios.Plain.Spooling;

/// <summary>
/// The fixed spooler: the printer looks at the queue under the lock first and resets the event only when the queue
/// is empty, and Submit sets it under the same lock, so a signal is never erased while a job waits.
/// </summary>
public sealed class CheckedSpooler : ISpooler
{
    private readonly Queue<string> jobs = new();
    private readonly object gate = new();
    private readonly ManualResetEvent jobQueued = new(false);

    /// <inheritdoc/>
    public void Submit(string job)
    {
        lock (gate)
        {
            jobs.Enqueue(job);
            jobQueued.Set();
        }
    }

    /// <inheritdoc/>
    public string Take()
    {
        while (true)
        {
            lock (gate)
            {
                if (jobs.Count > 0)
                {
                    return jobs.Dequeue();
                }

                jobQueued.Reset();
            }

            jobQueued.WaitOne();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => jobQueued.Dispose();
}
