using System.Globalization;
using System.Text;
using Harness.Scheduling;

namespace Harness.Diagnostics;

/// <summary>
/// The verdict when an iteration looks stuck (or leaks) while a real timer one of its steps armed can still fire: the
/// timer's callback may complete what the operations wait for, on a real thread, so "can never finish" would be a lie.
/// </summary>
internal static class RealTimerVerdict
{
    /// <summary>Null when no real timer armed by this iteration is still armed.</summary>
    internal static BugReport? StillArmed(ControlledRuntime runtime)
    {
        var seen = runtime.RealTimers;
        if (seen.Count == 0)
        {
            return null;
        }

        var ids = seen.Select(t => t.TimerId).ToHashSet();
        var armed = RealTimerQueues.ArmedIds(ids) ?? ids;

        // The first arming of a timer is where it was created; later ones are Change calls.
        var timers = seen.Where(t => armed.Contains(t.TimerId)).DistinctBy(t => t.TimerId).ToList();
        if (timers.Count == 0)
        {
            return null;
        }

        var first = timers[0];
        var site = EscapeSite.FirstUserFrame(first.Where);
        var details = new StringBuilder();
        foreach (var timer in timers)
        {
            details.Append(CultureInfo.InvariantCulture, $"  real timer armed by '{timer.Operation}' with {timer.Call}")
                .Append(EscapeSite.FirstUserFrame(timer.Where) is { } at ? $" at {at}" : "")
                .Append(timer.DueMilliseconds < 0 ? "\n" : string.Create(CultureInfo.InvariantCulture, $", due {timer.DueMilliseconds} ms after it was armed (real time)\n"));
        }

        string fix = LibraryCalls.Library(first.Where) is { } library
            ? LibraryCalls.Fix(library)
            : first.Call == "new Timer"
            ? $"{EscapeSite.RewritingFix(first.Where)} (a System.Threading.Timer or System.Timers.Timer made in rewritten code runs on the virtual clock); or create it through the TimeProvider instead: Controlled.Time.CreateTimer(callback, state, dueTime, period), or take a TimeProvider and pass Controlled.Time"
            : $"pass Controlled.Time as the TimeProvider (Task.Delay(delay, Controlled.Time), new CancellationTokenSource(delay, Controlled.Time)), or {EscapeSite.RewritingFix(first.Where)}";
        return new BugReport(BugKind.UncontrolledConcurrency,
            LibraryCalls.Library(first.Where) is not null
                ? $"'{first.Operation}' called {first.Call}{(site is null ? "" : $" at {site}")}, which armed a real timer inside the library that can still fire while every controlled operation waits: the test waits on real time. The timer's callback runs on a real thread, outside the scheduler and the virtual clock, so what it wakes is neither explored nor reproducible. Fix: {fix}."
                : $"'{first.Operation}' created a real timer with {first.Call}{(site is null ? "" : $" at {site}")} that can still fire while every controlled operation waits. Its callback runs on a real thread, outside the scheduler and the virtual clock, so what it wakes is neither explored nor reproducible, and whether the test can finish depends on real time. Fix: {fix}.",
            details.ToString().TrimEnd('\n'), timers.Select(t => t.Operation).Distinct().ToList(), runtime.Step, runtime.Clock.Elapsed);
    }
}
