namespace Harness.Hybrid;

/// <summary>
/// Thrown at a synchronous scheduling point of an iteration that is over (a bug was found, or it deadlocked), so the
/// parked thread unwinds the code under test and leaves; and at any controlled call of a thread the watchdog
/// abandoned, so a runaway loop stops. Never reported: the iteration's verdict was already taken.
/// </summary>
#pragma warning disable CA1032, CA1064 // Internal control flow, never constructed by user code.
internal sealed class IterationAbandonedException : Exception
#pragma warning restore CA1032, CA1064
{
    internal IterationAbandonedException(bool abandonedByWatchdog = false)
        : base(abandonedByWatchdog
            ? "The harness gave up on this iteration (it held the scheduler thread past WatchdogTimeout, see the BlockingWait report) and stops its thread at this controlled call."
            : "The harness iteration this code ran in is over; the thread unwinds.")
    {
    }
}
