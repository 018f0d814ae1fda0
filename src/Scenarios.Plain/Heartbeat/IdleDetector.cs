namespace Scenarios.Plain.Heartbeat;

/// <summary>
/// Reports a connection idle once no message arrived for a while. Written against <see cref="ITimer"/> (as code that
/// takes a TimeProvider is), but handed a plain <see cref="Timer"/>: every reset goes through <c>ITimer.Change</c>.
/// </summary>
public sealed class IdleDetector : IDisposable
{
    private readonly ITimer timer;
    private readonly TimeSpan idleAfter;

    /// <summary>Starts watching; <see cref="Idle"/> completes once <paramref name="idleAfter"/> passes without a message.</summary>
    /// <param name="idleAfter">How long without a message counts as idle.</param>
    public IdleDetector(TimeSpan idleAfter)
    {
        this.idleAfter = idleAfter;
        var idle = new TaskCompletionSource<DateTimeOffset>();
        Idle = idle.Task;
        timer = new Timer(_ => idle.TrySetResult(DateTimeOffset.UtcNow), null, Timeout.Infinite, Timeout.Infinite);
        timer.Change(idleAfter, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Completes with the time the connection went idle.</summary>
    public Task<DateTimeOffset> Idle { get; }

    /// <summary>A message arrived: the idle countdown starts again.</summary>
    /// <returns>False once the detector was disposed.</returns>
    public bool OnMessage() => timer.Change(idleAfter, Timeout.InfiniteTimeSpan);

    /// <inheritdoc/>
    public void Dispose() => timer.Dispose();
}
