namespace Scenarios.Plain.Spooling;

/// <summary>
/// The buggy spooler: a <see cref="ManualResetEvent"/> says "a job was queued", and the printer resets it after each
/// wake-up. Two jobs queued before the printer resets leave one job in the queue and the event reset: the printer
/// waits forever for a signal that was already given (a lost wake-up).
/// </summary>
public sealed class SignalledSpooler : ISpooler
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
        }

        jobQueued.Set();
    }

    /// <inheritdoc/>
    public string Take()
    {
        jobQueued.WaitOne();
        jobQueued.Reset();
        lock (gate)
        {
            return jobs.Dequeue();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => jobQueued.Dispose();
}
