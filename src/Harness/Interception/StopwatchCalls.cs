using System.Diagnostics;
using Harness.Scheduling;
using Harness.Time;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="Stopwatch"/>. Inside a harness run a stopwatch started in rewritten code measures
/// the iteration's virtual time, and <see cref="Stopwatch.GetTimestamp"/> reads the virtual clock (the same
/// timestamps as <c>Controlled.Time.GetTimestamp()</c>). A stopwatch keeps the clock it was started on: one started
/// outside a run (or in code not rewritten) measures real time wherever it is read. Outside a run each member is
/// exactly the <see cref="Stopwatch"/> member it stands in for.
/// </summary>
public static class StopwatchCalls
{
    /// <summary>Stands in for <see cref="Stopwatch.GetTimestamp"/>.</summary>
    /// <param name="site">The call site.</param>
    /// <returns>The virtual timestamp inside a run (counted from a virtual boot one day before the iteration), else the real one.</returns>
    public static long GetTimestamp(string site)
    {
        _ = site;
        return ControlledRuntime.Active is null ? Stopwatch.GetTimestamp() : ControlledTimeProvider.Instance.GetTimestamp();
    }

    /// <summary>Stands in for <see cref="Stopwatch.GetElapsedTime(long)"/>.</summary>
    /// <param name="startingTimestamp">A timestamp from <see cref="GetTimestamp"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The time since <paramref name="startingTimestamp"/> on the clock of the caller.</returns>
    public static TimeSpan GetElapsedTime(long startingTimestamp, string site) =>
        Stopwatch.GetElapsedTime(startingTimestamp, GetTimestamp(site));

    /// <summary>Stands in for <see cref="Stopwatch.StartNew"/>.</summary>
    /// <param name="site">The call site.</param>
    /// <returns>A running stopwatch, on the virtual clock inside a run.</returns>
    public static Stopwatch StartNew(string site)
    {
        _ = site;
        if (ControlledRuntime.Active is not { } runtime)
        {
            return Stopwatch.StartNew();
        }

        var stopwatch = new Stopwatch();
        VirtualStopwatch.StartOn(stopwatch, runtime.Clock);
        return stopwatch;
    }

    /// <summary>Stands in for <see cref="Stopwatch.Start"/>: a stopwatch at zero started inside a run goes on the virtual clock.</summary>
    /// <param name="stopwatch">The stopwatch.</param>
    /// <param name="site">The call site.</param>
    public static void Start(Stopwatch stopwatch, string site)
    {
        ArgumentNullException.ThrowIfNull(stopwatch);
        _ = site;
        if (VirtualStopwatch.Of(stopwatch) is { } model)
        {
            model.Start();
        }
        else if (ControlledRuntime.Active is { } runtime && !stopwatch.IsRunning && stopwatch.ElapsedTicks == 0)
        {
            VirtualStopwatch.StartOn(stopwatch, runtime.Clock);
        }
        else
        {
            stopwatch.Start();
        }
    }

    /// <summary>Stands in for <see cref="Stopwatch.Stop"/>.</summary>
    /// <param name="stopwatch">The stopwatch.</param>
    /// <param name="site">The call site.</param>
    public static void Stop(Stopwatch stopwatch, string site)
    {
        ArgumentNullException.ThrowIfNull(stopwatch);
        _ = site;
        if (VirtualStopwatch.Of(stopwatch) is { } model)
        {
            model.Stop();
        }
        else
        {
            stopwatch.Stop();
        }
    }

    /// <summary>Stands in for <see cref="Stopwatch.Reset"/>: stopped at zero, and back on the clock of whoever starts it next.</summary>
    /// <param name="stopwatch">The stopwatch.</param>
    /// <param name="site">The call site.</param>
    public static void Reset(Stopwatch stopwatch, string site)
    {
        ArgumentNullException.ThrowIfNull(stopwatch);
        _ = site;
        VirtualStopwatch.Forget(stopwatch);
        stopwatch.Reset();
    }

    /// <summary>Stands in for <see cref="Stopwatch.Restart"/>: from zero, on the clock of the caller.</summary>
    /// <param name="stopwatch">The stopwatch.</param>
    /// <param name="site">The call site.</param>
    public static void Restart(Stopwatch stopwatch, string site)
    {
        Reset(stopwatch, site);
        Start(stopwatch, site);
    }

    /// <summary>Stands in for <see cref="Stopwatch.IsRunning"/>.</summary>
    /// <param name="stopwatch">The stopwatch.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True while it runs.</returns>
    public static bool IsRunning(Stopwatch stopwatch, string site)
    {
        ArgumentNullException.ThrowIfNull(stopwatch);
        _ = site;
        return VirtualStopwatch.Of(stopwatch)?.IsRunning ?? stopwatch.IsRunning;
    }

    /// <summary>Stands in for <see cref="Stopwatch.Elapsed"/>.</summary>
    /// <param name="stopwatch">The stopwatch.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The time measured, on the clock it was started on.</returns>
    public static TimeSpan Elapsed(Stopwatch stopwatch, string site)
    {
        ArgumentNullException.ThrowIfNull(stopwatch);
        _ = site;
        return VirtualStopwatch.Of(stopwatch)?.Elapsed ?? stopwatch.Elapsed;
    }

    /// <summary>Stands in for <see cref="Stopwatch.ElapsedMilliseconds"/>.</summary>
    /// <param name="stopwatch">The stopwatch.</param>
    /// <param name="site">The call site.</param>
    /// <returns>Whole milliseconds measured.</returns>
    public static long ElapsedMilliseconds(Stopwatch stopwatch, string site) =>
        VirtualStopwatch.Of(stopwatch ?? throw new ArgumentNullException(nameof(stopwatch))) is { } model
            ? model.Elapsed.Ticks / TimeSpan.TicksPerMillisecond
            : stopwatch.ElapsedMilliseconds;

    /// <summary>Stands in for <see cref="Stopwatch.ElapsedTicks"/>: timestamp units (<see cref="Stopwatch.Frequency"/> per second), not TimeSpan ticks.</summary>
    /// <param name="stopwatch">The stopwatch.</param>
    /// <param name="site">The call site.</param>
    /// <returns>Timestamp units measured.</returns>
    public static long ElapsedTicks(Stopwatch stopwatch, string site) =>
        VirtualStopwatch.Of(stopwatch ?? throw new ArgumentNullException(nameof(stopwatch))) is { } model
            ? ControlledTimeProvider.ToTimestamp(model.Elapsed.Ticks)
            : stopwatch.ElapsedTicks;
}
