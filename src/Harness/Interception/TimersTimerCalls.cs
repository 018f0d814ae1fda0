using System.Timers;
using Harness.Scheduling;
using Harness.Time;
using ElapsedTimer = System.Timers.Timer;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="ElapsedTimer"/>. Inside a harness run a timer made in rewritten code raises
/// Elapsed on the virtual clock, each time in a controlled operation of its own, with the BCL's Enabled, AutoReset,
/// Interval and Stop semantics (handlers' exceptions are swallowed, as the BCL does). Outside a run, and for a
/// timer made outside one, each is exactly the member it stands in for.
/// </summary>
public static partial class TimersTimerCalls
{
    /// <summary>Stands in for <c>new System.Timers.Timer()</c> (100 ms, AutoReset, not enabled).</summary>
    /// <param name="site">The call site.</param>
    /// <returns>The new timer.</returns>
    public static ElapsedTimer Create(string site) => Modelled(new ElapsedTimer(), site);

    /// <summary>Stands in for <c>new System.Timers.Timer(interval)</c>.</summary>
    /// <param name="interval">Milliseconds between Elapsed events; more than 0.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The new timer.</returns>
    public static ElapsedTimer Create(double interval, string site) => Modelled(new ElapsedTimer(interval), site);

    /// <summary>Stands in for <c>new System.Timers.Timer(interval)</c>.</summary>
    /// <param name="interval">Time between Elapsed events; more than zero.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The new timer.</returns>
    public static ElapsedTimer Create(TimeSpan interval, string site) => Modelled(new ElapsedTimer(interval), site);

    /// <summary>Stands in for <see cref="ElapsedTimer.Start"/>.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="site">The call site.</param>
    public static void Start(ElapsedTimer timer, string site) => SetEnabled(timer, true, site);

    /// <summary>Stands in for <see cref="ElapsedTimer.Stop"/>.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="site">The call site.</param>
    public static void Stop(ElapsedTimer timer, string site) => SetEnabled(timer, false, site);

    /// <summary>Stands in for <see cref="ElapsedTimer.Enabled"/>'s getter.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True while Elapsed is to be raised.</returns>
    public static bool Enabled(ElapsedTimer timer, string site)
    {
        ArgumentNullException.ThrowIfNull(timer);
        _ = site;
        return ElapsedTimerModel.Of(timer)?.Enabled ?? timer.Enabled;
    }

    /// <summary>Stands in for <see cref="ElapsedTimer.Enabled"/>'s setter.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="value">True starts the timer, false stops it.</param>
    /// <param name="site">The call site.</param>
    public static void SetEnabled(ElapsedTimer timer, bool value, string site)
    {
        ArgumentNullException.ThrowIfNull(timer);
        _ = site;
        if (ElapsedTimerModel.Of(timer) is { } model)
        {
            model.SetEnabled(value);
        }
        else
        {
            timer.Enabled = value;
        }
    }

    /// <summary>Stands in for <see cref="ElapsedTimer.Interval"/>'s setter: a running timer starts counting again.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="value">Milliseconds; more than 0.</param>
    /// <param name="site">The call site.</param>
    public static void SetInterval(ElapsedTimer timer, double value, string site)
    {
        ArgumentNullException.ThrowIfNull(timer);
        _ = site;
        timer.Interval = value;
        ElapsedTimerModel.Of(timer)?.Rearm();
    }

    /// <summary>Stands in for <see cref="ElapsedTimer.AutoReset"/>'s setter: a running timer starts counting again.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="value">False raises Elapsed once per Start.</param>
    /// <param name="site">The call site.</param>
    public static void SetAutoReset(ElapsedTimer timer, bool value, string site)
    {
        ArgumentNullException.ThrowIfNull(timer);
        _ = site;
        bool changed = timer.AutoReset != value;
        timer.AutoReset = value;
        if (changed)
        {
            ElapsedTimerModel.Of(timer)?.Rearm();
        }
    }

    /// <summary>Stands in for adding an <see cref="ElapsedTimer.Elapsed"/> handler.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="handler">The handler.</param>
    /// <param name="site">The call site.</param>
    public static void AddElapsed(ElapsedTimer timer, ElapsedEventHandler handler, string site)
    {
        ArgumentNullException.ThrowIfNull(timer);
        _ = site;
        if (ElapsedTimerModel.Of(timer) is { } model)
        {
            model.AddElapsed(handler);
        }
        else
        {
            timer.Elapsed += handler;
        }
    }

    /// <summary>Stands in for removing an <see cref="ElapsedTimer.Elapsed"/> handler.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="handler">The handler.</param>
    /// <param name="site">The call site.</param>
    public static void RemoveElapsed(ElapsedTimer timer, ElapsedEventHandler handler, string site)
    {
        ArgumentNullException.ThrowIfNull(timer);
        _ = site;
        if (ElapsedTimerModel.Of(timer) is { } model)
        {
            model.RemoveElapsed(handler);
        }
        else
        {
            timer.Elapsed -= handler;
        }
    }

    /// <summary>Stands in for <see cref="ElapsedTimer.Close"/>: stops the timer (it can be started again).</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="site">The call site.</param>
    public static void Close(ElapsedTimer timer, string site)
    {
        ArgumentNullException.ThrowIfNull(timer);
        _ = site;
        ElapsedTimerModel.Of(timer)?.Close();
        timer.Close();
    }

    private static ElapsedTimer Modelled(ElapsedTimer timer, string site)
    {
        if (ControlledRuntime.Active is { CanPark: true } runtime)
        {
            ElapsedTimerModel.Model(runtime, timer, site);
        }

        return timer;
    }
}
