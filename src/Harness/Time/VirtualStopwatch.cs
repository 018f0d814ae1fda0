using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Harness.Time;

/// <summary>
/// The virtual reading of a <see cref="Stopwatch"/> started in rewritten code inside a run. A stopwatch keeps the
/// clock it was started on: one started inside a run measures that iteration's virtual time (read after the
/// iteration, it shows the virtual time it had run when the iteration ended); one started outside keeps real time.
/// </summary>
internal sealed class VirtualStopwatch(VirtualClock clock)
{
    private static readonly ConditionalWeakTable<Stopwatch, VirtualStopwatch> Models = new();

    private long elapsedTicks;
    private long startedAt;

    internal bool IsRunning { get; private set; }

    internal TimeSpan Elapsed => TimeSpan.FromTicks(elapsedTicks + (IsRunning ? clock.NowTicks - startedAt : 0));

    /// <summary>The virtual model of <paramref name="stopwatch"/>, or null when it measures real time.</summary>
    internal static VirtualStopwatch? Of(Stopwatch stopwatch) => Models.TryGetValue(stopwatch, out var model) ? model : null;

    /// <summary>Puts <paramref name="stopwatch"/> on <paramref name="clock"/>, running, from zero.</summary>
    internal static void StartOn(Stopwatch stopwatch, VirtualClock clock)
    {
        var model = new VirtualStopwatch(clock);
        model.Start();
        Models.AddOrUpdate(stopwatch, model);
    }

    /// <summary>Back to real time (a Reset or Restart starts over on the clock of the caller).</summary>
    internal static void Forget(Stopwatch stopwatch) => Models.Remove(stopwatch);

    internal void Start()
    {
        if (!IsRunning)
        {
            IsRunning = true;
            startedAt = clock.NowTicks;
        }
    }

    internal void Stop()
    {
        if (IsRunning)
        {
            elapsedTicks += clock.NowTicks - startedAt;
            IsRunning = false;
        }
    }
}
