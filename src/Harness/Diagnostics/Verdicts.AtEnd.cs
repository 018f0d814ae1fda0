using System.Globalization;
using System.Text;
using Harness.Scheduling;
using Harness.Time;

namespace Harness.Diagnostics;

/// <summary>The verdicts of an iteration's end: leaks after the tail, lost exceptions first, timer-race assumptions.</summary>
internal static partial class Verdicts
{
    /// <summary>
    /// The body returned and the work it left settled (or the tail was cut off): what is still pending is a leak,
    /// and so is a timeout source left armed when all work is done, or a periodic timer still running at the
    /// tail's end. A lost exception comes first, as the likely cause. Null when clean.
    /// </summary>
    internal static BugReport? AtEnd(ControlledRuntime runtime, IReadOnlyList<Operation> operations, Operation main)
    {
        var leak = Leak(runtime, operations, main);
        return RootCauseFirst(runtime, operations, main, leak) ?? leak;
    }

    private static BugReport? Leak(ControlledRuntime runtime, IReadOnlyList<Operation> operations, Operation main)
    {
        var pending = operations.Where(op => !op.IsFinished && !(runtime.TailCutOff && runtime.IsUnstartedTimerCallback(op))).ToList();
        if (pending.Count > 0)
        {
            return RealTimerEscape(runtime, pending) ?? Report(runtime, BugKind.LeakedTask, runtime.TailCutOff
                ? $"the test body '{main.Name}' returned, and {Count(pending.Count, "operation")} {(pending.Count == 1 ? "was" : "were")} still pending when the tail was cut off, {Tail(runtime)} after it returned{OnTimers(pending)}: work that never settles (a loop or a periodic timer nobody stops) outlives the test and runs unobserved (Go's goroutine leak)."
                : $"the test body '{main.Name}' returned while {Count(pending.Count, "operation")} still wait{(pending.Count == 1 ? "s" : "")} and can never complete: the work left behind ran for {Tail(runtime)} and settled, and nothing left (no ready work, no armed timer) can wake {(pending.Count == 1 ? "it" : "them")}. {(pending.Count == 1 ? "It" : "They")} will hold {(pending.Count == 1 ? "its" : "their")} memory forever (Go's goroutine leak).",
                "Fix: await every task you start (Task.WhenAll), and give each wait or loop a CancellationToken that is cancelled when its caller gives up." + ThreadsHint(runtime, pending),
                pending);
        }

        var timers = runtime.Clock.ArmedTimers().Where(timer => timer.CancelsSource || (runtime.TailCutOff && timer.IsPeriodic))
            .Union(runtime.TailCutOff ? runtime.PeriodicFiresWaiting() : [])
            .ToList();
        if (timers.Count == 0)
        {
            return null;
        }

        var details = new StringBuilder();
        foreach (var timer in timers)
        {
            details.Append(CultureInfo.InvariantCulture, $"  {(timer.CancelsSource ? "timeout source timer" : timer.Api is { } api ? "periodic " + api : "periodic timer")} {timer.Id} created by '{timer.Owner.Name}'")
                .Append(timer.CreatedAt is { } at ? $" at {at}" : "")
                .Append(CultureInfo.InvariantCulture, $", due at {TraceLog.FormatTime(TimeSpan.FromTicks(timer.DueTicks))}\n");
        }

        return new BugReport(BugKind.LeakedTimer,
            $"the test body '{main.Name}' returned and all its work finished{(runtime.TailCutOff ? $" or was cut off {Tail(runtime)} after it returned" : "")}, with {Count(timers.Count, "virtual timer")} still armed ({Describe(timers)}). A timer that outlives its work keeps its callback and everything it references alive. Fix: dispose every CancellationTokenSource, PeriodicTimer and ITimer you create (using var cts = ...).",
            details.ToString().TrimEnd('\n'), timers.Select(t => t.Owner.Name).Distinct().ToList(), runtime.Step, runtime.Clock.Elapsed);
    }

    /// <summary>
    /// An exception nobody awaited is usually why the rest went wrong (the TCS it should have completed, the lock it
    /// should have released): it is reported first, with what it left behind beneath it. Null when there is none.
    /// </summary>
    private static BugReport? RootCauseFirst(ControlledRuntime runtime, IReadOnlyList<Operation> operations, Operation main, BugReport? consequence)
    {
        var faulted = operations.FirstOrDefault(op => op != main && op.Completion!.IsFaulted && !TaskObservation.IsExceptionObserved(op.Completion));
        if (faulted is null)
        {
            return null;
        }

        var failure = Failure(runtime, faulted, faulted.Completion!.Exception!.InnerException!,
            "nobody awaited it, so the exception was silently lost. Fix: await the task (or Task.WhenAll the tasks you start) and handle the exception.");
        if (consequence is null)
        {
            return failure;
        }

        string details = (failure.Details.Length == 0 ? "" : failure.Details + "\n")
            + $"  then, as a consequence: {consequence.Kind}: {consequence.Summary}"
            + (consequence.Details.Length == 0 ? "" : "\n" + Indent(consequence.Details));
        return new BugReport(failure.Kind, failure.Summary, details, failure.Operations.Union(consequence.Operations).ToList(), failure.Step, failure.VirtualTime, failure.Exception);
    }

    /// <summary>The bug, with the early timer fires (TimerRaces) its schedule took named in its summary.</summary>
    internal static BugReport AssumingTimerRaces(BugReport bug, IReadOnlyList<TimerRaceTaken> races)
    {
        var assumptions = races.Select(race =>
            $"at step {race.Step} {string.Join(" and ", race.Slower.Select(name => $"'{name}'"))} {(race.Slower.Count == 1 ? "was" : "were")} assumed slower than the deadline of timer {race.Timer.Id} of '{race.Timer.Owner.Name}'{(race.Timer.CreatedAt is { } at ? $" (created at {at})" : "")}, due at {TraceLog.FormatTime(TimeSpan.FromTicks(race.DueTicks))}");
        string summary = bug.Summary + $" This schedule let a timer fire before ready work ran (TimerRaces): {string.Join("; ", assumptions)}. If that work can take that long, the bug is real; if it never can, the timeout is a safe assumption.";
        return new BugReport(bug.Kind, summary, bug.Details, bug.Operations, bug.Step, bug.VirtualTime, bug.Exception);
    }

    /// <summary>"12 steps and 30s of virtual time": how long the work left after the body ran.</summary>
    private static string Tail(ControlledRuntime runtime)
    {
        var (step, at) = runtime.BodyReturned ?? (runtime.Step, runtime.Clock.Elapsed);
        return $"{Count(runtime.Step - step, "step")} and {TraceLog.FormatTime(runtime.Clock.Elapsed - at)} of virtual time";
    }

    private static string OnTimers(List<Operation> pending)
    {
        int onTimers = pending.Count(op => op.Body is { } body && AwaitChains.Describe(body).Any(f => f.Awaiting.StartsWith("Task.Delay", StringComparison.Ordinal)));
        return onTimers == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", {onTimers} of them waiting for a timer");
    }

    private static string Describe(List<VirtualTimer> timers)
    {
        int sources = timers.Count(timer => timer.CancelsSource);
        return string.Join(", ", new[] { sources > 0 ? $"{sources} of a CancellationTokenSource's timeout, left undisposed" : null, timers.Count > sources ? $"{timers.Count - sources} periodic, never stopped" : null }.OfType<string>());
    }
}
