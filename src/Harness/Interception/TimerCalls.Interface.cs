using Harness.Time;

namespace Harness.Interception;

/// <summary>
/// <see cref="ITimer.Change"/> called through the interface (code written against <see cref="TimeProvider"/> that is
/// handed a <see cref="Timer"/>): on the timer's model when it has one, else the real member.
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
}
