using Harness.Hybrid;

namespace Harness.Scheduling;

/// <summary>
/// Stopping a thread the watchdog gave up on. .NET cannot kill a thread, so the harness stops it where it can: the
/// iteration is marked over, its next synchronous scheduling point, controlled call (Controlled.Run, Controlled.Time,
/// a rewritten Task.Run or Task.Delay) or rewritten loop back-edge throws <see cref="IterationAbandonedException"/>,
/// and its next await ends the step, after which the loop sees the iteration is over and leaves.
/// </summary>
internal sealed partial class ControlledRuntime
{
    // Counts abandoned iterations ever, so the check on every rewritten back-edge is one static read while none is.
    private static int abandonedEver;

    private volatile bool abandoned;
    private volatile bool ended;

    /// <summary>True once the watchdog gave up on this iteration.</summary>
    internal bool IsAbandoned => abandoned;

    /// <summary>True once <see cref="Run"/> has returned: every thread of the iteration has left its code.</summary>
    internal bool HasEnded => ended;

    /// <summary>
    /// The runtime of the iteration this thread runs, or null outside any run; throws on a thread whose iteration the
    /// watchdog abandoned, so a runaway loop stops at its next controlled call instead of burning a core.
    /// </summary>
    internal static ControlledRuntime? Active
    {
        get
        {
            var runtime = current;
            if (runtime is { abandoned: true })
            {
                throw new IterationAbandonedException(abandonedByWatchdog: true);
            }

            return runtime;
        }
    }

    /// <summary>The check on a rewritten loop back-edge: nearly free until some iteration was abandoned.</summary>
    internal static void CheckBackEdge()
    {
        if (Volatile.Read(ref abandonedEver) != 0 && current is { abandoned: true })
        {
            throw new IterationAbandonedException(abandonedByWatchdog: true);
        }
    }

    /// <summary>Called by the watchdog, from its own thread, when it stops waiting for this iteration.</summary>
    internal void Abandon()
    {
        abandoned = true;
        over = true;
        Interlocked.Increment(ref abandonedEver);
    }
}
