using Harness.Time;

namespace Harness.Interception;

/// <summary>Change and Dispose of a <see cref="Timer"/>: on its model when it has one, else the real member.</summary>
public static partial class TimerCalls
{
    /// <summary>Stands in for <see cref="Timer.Change(int, int)"/>.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="dueTime">Milliseconds to the next call; -1 stops the timer.</param>
    /// <param name="period">Milliseconds between calls; -1 or 0 calls once.</param>
    /// <param name="site">The call site.</param>
    /// <returns>False when the timer was disposed.</returns>
    public static bool Change(Timer timer, int dueTime, int period, string site) =>
        Change(timer, Span(dueTime, nameof(dueTime)), Span(period, nameof(period)), () => timer.Change(dueTime, period));

    /// <summary>Stands in for <see cref="Timer.Change(long, long)"/>.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="dueTime">Milliseconds to the next call; -1 stops the timer.</param>
    /// <param name="period">Milliseconds between calls; -1 or 0 calls once.</param>
    /// <param name="site">The call site.</param>
    /// <returns>False when the timer was disposed.</returns>
    public static bool Change(Timer timer, long dueTime, long period, string site) =>
        Change(timer, Span(dueTime, nameof(dueTime)), Span(period, nameof(period)), () => timer.Change(dueTime, period));

    /// <summary>Stands in for <see cref="Timer.Change(uint, uint)"/>.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="dueTime">Milliseconds to the next call; <see cref="uint.MaxValue"/> stops the timer.</param>
    /// <param name="period">Milliseconds between calls; <see cref="uint.MaxValue"/> or 0 calls once.</param>
    /// <param name="site">The call site.</param>
    /// <returns>False when the timer was disposed.</returns>
    public static bool Change(Timer timer, uint dueTime, uint period, string site) =>
        Change(timer, Span(dueTime), Span(period), () => timer.Change(dueTime, period));

    /// <summary>Stands in for <see cref="Timer.Change(TimeSpan, TimeSpan)"/>.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="dueTime">Time to the next call; <see cref="Timeout.InfiniteTimeSpan"/> stops the timer.</param>
    /// <param name="period">Time between calls; <see cref="Timeout.InfiniteTimeSpan"/> or zero calls once.</param>
    /// <param name="site">The call site.</param>
    /// <returns>False when the timer was disposed.</returns>
    public static bool Change(Timer timer, TimeSpan dueTime, TimeSpan period, string site) =>
        Change(timer, Span((long)dueTime.TotalMilliseconds, nameof(dueTime)), Span((long)period.TotalMilliseconds, nameof(period)), () => timer.Change(dueTime, period));

    /// <summary>Stands in for <see cref="Timer.Dispose()"/>: no callback starts after it; running ones finish.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="site">The call site.</param>
    public static void Dispose(Timer timer, string site)
    {
        ArgumentNullException.ThrowIfNull(timer);
        ControlledTimer.Of(timer)?.Dispose();
        timer.Dispose();
    }

    /// <summary>Stands in for <see cref="Timer.Dispose(WaitHandle)"/>: signals the handle once every running callback has returned.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="notifyObject">Signalled when the last running callback returns (at once when none runs).</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when this call disposed the timer; false when it already was (the handle is then not signalled).</returns>
    public static bool Dispose(Timer timer, WaitHandle notifyObject, string site)
    {
        ArgumentNullException.ThrowIfNull(timer);
        ArgumentNullException.ThrowIfNull(notifyObject);
        if (ControlledTimer.Of(timer) is not { } model)
        {
            return timer.Dispose(notifyObject);
        }

        if (!model.Dispose())
        {
            return false;
        }

        timer.Dispose();

        // An unarmed real timer with no callback running signals at once, with exactly .NET's rules for the handle.
        model.WhenIdle(() => new Timer(static _ => { }, null, Timeout.Infinite, Timeout.Infinite).Dispose(notifyObject));
        return true;
    }

    /// <summary>Stands in for <see cref="Timer.DisposeAsync"/>: completes once every running callback has returned.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when no callback runs any more.</returns>
    public static ValueTask DisposeAsync(Timer timer, string site)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (ControlledTimer.Of(timer) is not { } model)
        {
            return timer.DisposeAsync();
        }

        model.Dispose();
        timer.Dispose();
        var idle = new TaskCompletionSource();
        model.WhenIdle(() => idle.TrySetResult());
        return new ValueTask(idle.Task);
    }

    private static bool Change(Timer timer, TimeSpan dueTime, TimeSpan period, Func<bool> real)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return ControlledTimer.Of(timer) is { } model ? model.Change(dueTime, period) : real();
    }
}
