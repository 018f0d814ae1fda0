using Harness.Scheduling;
using Harness.Time;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="Timer"/>. Inside a harness run a timer made in rewritten code runs on the virtual
/// clock: the <see cref="Timer"/> the code holds is real but never armed, each due time starts the callback as a
/// controlled operation (so a slow callback can overlap the next, as on the thread pool), and Change and Dispose
/// act on that clock with .NET's return values. Outside a run, and for a timer made outside one, each is exactly
/// the <see cref="Timer"/> member it stands in for.
/// </summary>
public static partial class TimerCalls
{
    private const string Api = "Timer callback";

    /// <summary>Stands in for <c>new Timer(callback)</c>: not armed, its own state.</summary>
    /// <param name="callback">The callback.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The new timer.</returns>
    public static Timer Create(TimerCallback callback, string site)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (Controllable() is not { } runtime)
        {
            return new Timer(callback);
        }

        var timer = Unarmed(callback, null);
        Model(runtime, timer, callback, timer, site);
        return timer;
    }

    /// <summary>Stands in for <c>new Timer(callback, state, dueTime, period)</c> with milliseconds.</summary>
    /// <param name="callback">The callback.</param>
    /// <param name="state">Passed to the callback.</param>
    /// <param name="dueTime">Milliseconds to the first call; -1 never; 0 at once.</param>
    /// <param name="period">Milliseconds between calls; -1 or 0 calls once.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The new timer.</returns>
    public static Timer Create(TimerCallback callback, object? state, int dueTime, int period, string site) =>
        Create(callback, state, Span(dueTime, nameof(dueTime)), Span(period, nameof(period)), site);

    /// <summary>Stands in for <c>new Timer(callback, state, dueTime, period)</c> with 64-bit milliseconds.</summary>
    /// <param name="callback">The callback.</param>
    /// <param name="state">Passed to the callback.</param>
    /// <param name="dueTime">Milliseconds to the first call; -1 never; 0 at once.</param>
    /// <param name="period">Milliseconds between calls; -1 or 0 calls once.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The new timer.</returns>
    public static Timer Create(TimerCallback callback, object? state, long dueTime, long period, string site) =>
        Create(callback, state, Span(dueTime, nameof(dueTime)), Span(period, nameof(period)), site);

    /// <summary>Stands in for <c>new Timer(callback, state, dueTime, period)</c> with unsigned milliseconds.</summary>
    /// <param name="callback">The callback.</param>
    /// <param name="state">Passed to the callback.</param>
    /// <param name="dueTime">Milliseconds to the first call; <see cref="uint.MaxValue"/> never.</param>
    /// <param name="period">Milliseconds between calls; <see cref="uint.MaxValue"/> or 0 calls once.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The new timer.</returns>
    public static Timer Create(TimerCallback callback, object? state, uint dueTime, uint period, string site) =>
        Create(callback, state, Span(dueTime), Span(period), site);

    /// <summary>Stands in for <c>new Timer(callback, state, dueTime, period)</c> with spans.</summary>
    /// <param name="callback">The callback.</param>
    /// <param name="state">Passed to the callback.</param>
    /// <param name="dueTime">Time to the first call; <see cref="Timeout.InfiniteTimeSpan"/> never.</param>
    /// <param name="period">Time between calls; <see cref="Timeout.InfiniteTimeSpan"/> or zero calls once.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The new timer.</returns>
    public static Timer Create(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period, string site)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var due = Span((long)dueTime.TotalMilliseconds, nameof(dueTime));
        var every = Span((long)period.TotalMilliseconds, nameof(period));
        if (Controllable() is not { } runtime)
        {
            return new Timer(callback, state, dueTime, period);
        }

        var timer = Unarmed(callback, state);
        Model(runtime, timer, callback, state, site).Change(due, every);
        return timer;
    }

    /// <summary>The runtime when the caller is a controlled step: only there can a timer join the virtual clock.</summary>
    private static ControlledRuntime? Controllable() =>
        ControlledRuntime.Active is { CanPark: true } runtime ? runtime : null;

    private static Timer Unarmed(TimerCallback callback, object? state) => new(callback, state, Timeout.Infinite, Timeout.Infinite);

    // A Change returns false only on a disposed timer: how a Dispose the rewriter never saw (a using) shows.
    private static ControlledTimer Model(ControlledRuntime runtime, Timer timer, TimerCallback callback, object? state, string site) =>
        ControlledTimer.Model(runtime, timer, "System.Threading.Timer", Api, callback, _ => callback(state), null, () => !timer.Change(Timeout.Infinite, Timeout.Infinite), site);

    private static TimeSpan Span(long milliseconds, string parameterName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(milliseconds, -1, parameterName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(milliseconds, 0xfffffffeL, parameterName);
        return milliseconds == -1 ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(milliseconds);
    }

    private static TimeSpan Span(uint milliseconds) =>
        milliseconds == uint.MaxValue ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(milliseconds);
}
