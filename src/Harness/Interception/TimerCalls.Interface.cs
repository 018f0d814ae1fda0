using Harness.Time;

namespace Harness.Interception;

/// <summary>
/// <see cref="ITimer.Change"/> called through the interface (code written against <see cref="TimeProvider"/> that is
/// handed a <see cref="Timer"/>), and <see cref="IAsyncDisposable.DisposeAsync"/> (what <c>await using</c> calls): on
/// the timer's model when it has one, else the real member.
/// </summary>
public static partial class TimerCalls
{
    /// <summary>Stands in for <see cref="ITimer.Change(TimeSpan, TimeSpan)"/>.</summary>
    /// <param name="timer">The timer (a modelled <see cref="Timer"/>, or any other <see cref="ITimer"/>, which is called as it is).</param>
    /// <param name="dueTime">Time to the next call; <see cref="Timeout.InfiniteTimeSpan"/> stops the timer.</param>
    /// <param name="period">Time between calls; <see cref="Timeout.InfiniteTimeSpan"/> or zero calls once.</param>
    /// <param name="site">The call site.</param>
    /// <returns>False when the timer was disposed.</returns>
    public static bool Change(ITimer timer, TimeSpan dueTime, TimeSpan period, string site) =>
        timer is Timer modelled && ControlledTimer.Of(modelled) is not null
            ? Change(modelled, dueTime, period, site)
            : timer.Change(dueTime, period);

    /// <summary>
    /// Stands in for <see cref="IAsyncDisposable.DisposeAsync"/> (an <c>await using</c>): for a modelled <see cref="Timer"/>
    /// it completes once every running callback has returned, as .NET's does; anything else is called as it is.
    /// </summary>
    /// <param name="disposable">What is disposed.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the object is disposed.</returns>
    public static ValueTask DisposeAsync(IAsyncDisposable disposable, string site) =>
        disposable is Timer modelled && ControlledTimer.Of(modelled) is not null
            ? DisposeAsync(modelled, site)
            : disposable.DisposeAsync();
}
