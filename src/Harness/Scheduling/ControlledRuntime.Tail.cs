using Harness.Diagnostics;
using Harness.Time;

namespace Harness.Scheduling;

/// <summary>
/// The tail: what runs after the test body returned. Leaks are judged only once the work left behind has settled,
/// as Go's synctest does: ready work keeps running and virtual time keeps jumping to the next timer until nothing
/// is ready and no timer can wake anyone. Work that never settles (a periodic loop nobody stops) is cut off by
/// <see cref="TailHorizon"/> of virtual time after the body, or by MaxSteps, and judged as a leak.
/// </summary>
internal sealed partial class ControlledRuntime
{
    /// <summary>How far virtual time may run after the body returned before unsettled work is called a leak.</summary>
    internal static readonly TimeSpan TailHorizon = TimeSpan.FromDays(1);

    private (int Step, long Ticks)? bodyReturned;
    private bool tailCutOff;

    /// <summary>Where the body returned, once it has: the step and virtual time the tail started at.</summary>
    internal (int Step, TimeSpan At)? BodyReturned =>
        bodyReturned is { } at ? (at.Step, TimeSpan.FromTicks(at.Ticks)) : null;

    /// <summary>True when the tail was cut off by its horizon or the step bound before the work settled.</summary>
    internal bool TailCutOff => tailCutOff;

    private void NoteBodyReturned()
    {
        if (bodyReturned is null && main!.IsFinished)
        {
            bodyReturned = (step, Clock.NowTicks);
        }
    }

    /// <summary>
    /// Nothing is ready and the body has returned: moves the clock to the next timer that may still matter. False
    /// when the tail is over and the end of the iteration is to be judged.
    /// </summary>
    private bool ContinueTail()
    {
        NoteBodyReturned();
        if (Clock.NextArmed() is not { } next)
        {
            return false;
        }

        // Once every operation has finished, nobody is left to need a timeout source's timer: one still armed is
        // the undisposed source (P17), judged now rather than hidden by letting it fire.
        if (!operations.Exists(op => !op.IsFinished) && Clock.ArmedTimers().Exists(timer => timer.CancelsSource))
        {
            return false;
        }

        if (next.DueTicks - bodyReturned!.Value.Ticks > TailHorizon.Ticks)
        {
            tailCutOff = true;
            return false;
        }

        Clock.AdvanceTo(next);
        return true;
    }

    /// <summary>
    /// Periodic timers whose due fire waits in the ready list: the clock hands a due fire over before it runs, so a
    /// tail cut off by the step bound between the two would not see the timer among the armed ones.
    /// </summary>
    internal IEnumerable<VirtualTimer> PeriodicFiresWaiting() =>
        ready.Where(item => item.Kind == WorkKind.Timer && item.Timer is { IsPeriodic: true, IsDisposed: false } timer && timer.Version == item.TimerVersion)
            .Select(item => item.Timer!);

    /// <summary>The verdict when the step bound is reached: after the body, work that never settled is a leak.</summary>
    private BugReport StepBoundReached()
    {
        if (main!.IsFinished)
        {
            NoteBodyReturned();
            tailCutOff = true;
            if (Verdicts.AtEnd(this, operations, main) is { } leak)
            {
                return leak;
            }
        }

        return Verdicts.StepBound(this, limits.MaxSteps, ready);
    }
}
