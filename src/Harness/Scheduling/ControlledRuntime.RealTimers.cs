using System.Diagnostics;
using Harness.Diagnostics;

namespace Harness.Scheduling;

/// <summary>Real timers the iteration's steps armed: a stuck iteration is not a deadlock while one of them can still fire.</summary>
internal sealed partial class ControlledRuntime
{
    // Allocated at the first real timer: iterations that use only virtual time never need it.
    private List<RealTimerArmed>? realTimers;

    /// <summary>Every real timer armed by a step of this iteration, in order (a re-armed timer appears again).</summary>
    internal IReadOnlyList<RealTimerArmed> RealTimers => realTimers ?? [];

    public void OnRealTimer(long timerId, int dueMilliseconds, StackTrace where) =>
        (realTimers ??= []).Add(new RealTimerArmed(timerId, dueMilliseconds, running?.Name ?? "?", where));
}
