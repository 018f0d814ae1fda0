using System.Diagnostics;
using System.Globalization;
using System.Text;
using Harness.Scheduling;

namespace Harness.Diagnostics;

/// <summary>
/// Turns what a detector saw into a <see cref="BugReport"/>. Every message has the same shape: what happened,
/// why it is a bug, and the exact fix.
/// </summary>
internal static partial class Verdicts
{
    internal static BugReport Deadlock(ControlledRuntime runtime, IReadOnlyList<Operation> operations, Operation main)
    {
        var blocked = operations.Where(op => !op.IsFinished).ToList();
        var deadlock = RealTimerEscape(runtime, blocked) ?? Report(runtime, BugKind.Deadlock,
            $"the test body '{main.Name}' can never finish: {Count(blocked.Count, "operation")} blocked, nothing ready, no timer pending.{SynchronousWaits(runtime, blocked)}",
            "Each blocked operation waits for something only a blocked operation (itself included) could provide. Fix: take locks in one global order, never wait on a channel or gate that only the waiting operation would release, or bound each wait with a CancellationToken or timeout.",
            blocked);
        return RootCauseFirst(runtime, operations, main, deadlock) ?? deadlock;
    }

    internal static BugReport BodyFailed(ControlledRuntime runtime, Operation main)
    {
        var completion = main.Completion!;
        Exception exception = completion.IsCanceled ? new TaskCanceledException(completion) : completion.Exception!.InnerException!;
        return Failure(runtime, main, exception, "the test body failed.");
    }

    internal static BugReport CallbackThrew(ControlledRuntime runtime, Operation operation, Exception exception) =>
        Failure(runtime, operation, exception, "it escaped a callback (an async void method or a custom awaiter) and would crash the process. Fix: make the method async Task and await it.");

    internal static BugReport StepBound(ControlledRuntime runtime, int maxSteps, IReadOnlyList<WorkItem> ready)
    {
        var spinning = ready.Select(item => item.Operation.Name).Distinct().ToList();
        var unfinished = runtime.Operations.Where(op => !op.IsFinished).ToList();
        return new(BugKind.StepBoundReached,
            $"the iteration ran {maxSteps} scheduling steps without finishing. A loop that never exits or operations that keep waking each other (a livelock) look like this; an operation that waits all along is starved. Fix: give the loop an exit (a CancellationToken, a completed channel) or make the waiting fair; if the test is legitimately that long, raise MaxSteps on the attribute or \"MaxSteps\" in coyote.json.",
            "  still ready: " + string.Join(", ", spinning) + "\n" + Chains(unfinished, runtime.Operations).TrimEnd('\n') + RealClockHint,
            spinning, runtime.Step, runtime.Clock.Elapsed);
    }

    internal static BugReport Escape(ControlledRuntime runtime, Operation operation, string what, StackTrace where)
    {
        var site = EscapeSite.FirstUserFrame(where);
        if (LibraryCalls.Library(where) is { } library)
        {
            return new BugReport(BugKind.UncontrolledConcurrency,
                $"'{operation.Name}' called {LibraryCalls.Describe(library)}{(site is null ? "" : $" at {site}")}, which started work the scheduler does not control inside the library: {what}. Such work runs on real threads, so its interleavings are neither explored nor reproducible. Fix: {LibraryCalls.Fix(library)}.",
                "", [operation.Name], runtime.Step, runtime.Clock.Elapsed);
        }

        return new BugReport(BugKind.UncontrolledConcurrency,
            $"'{operation.Name}' started work the scheduler does not control: {what}{(site is null ? "" : $" at {site}")}. Such work runs on real threads, so its interleavings are neither explored nor reproducible. Fix: {EscapeSite.RewritingFix(where)}; or, by hand, use Controlled.Run instead of Task.Run, drop ConfigureAwait(false) in code under test, pass Controlled.Time as the TimeProvider.",
            "", [operation.Name], runtime.Step, runtime.Clock.Elapsed);
    }

    internal static BugReport ForeignPost(ControlledRuntime runtime, string what) =>
        new(BugKind.UncontrolledConcurrency,
            $"{what}. Some work ran outside the scheduler (a real timer, Task.Delay without a TimeProvider, I/O, Task.Run) and then woke controlled code. Fix: {EscapeSite.RewritingFix((System.Diagnostics.StackTrace?)null)}; or, by hand, pass Controlled.Time to Task.Delay, CancellationTokenSource and PeriodicTimer, and use Controlled.Run instead of Task.Run.",
            "", [], runtime.Step, runtime.Clock.Elapsed);

    internal static BugReport BlockingWait(ControlledRuntime runtime, Operation? operation, string what, SourceLocation? site) =>
        new(BugKind.BlockingWait,
            $"'{operation?.Name ?? "?"}' blocked the scheduler thread with {what}{(site is null ? "" : $" at {site}")}. All controlled work shares one thread, so a blocking wait can never be released. Fix: await the task instead (await t, not t.Result or t.Wait()); use await Task.Delay(ts, Controlled.Time) instead of Thread.Sleep and await WaitAsync() instead of Wait().",
            "", operation is null ? [] : [operation.Name], runtime.Step, runtime.Clock.Elapsed);

    internal static BugReport DataRace(ControlledRuntime runtime, Races.DataRace race)
    {
        var (first, second) = (race.First, race.Second);
        // Two flows of one operation (an async call not awaited yet) race too; the operation's name alone would say it raced with itself.
        bool oneOperation = first.OperationName == second.OperationName;
        string other = oneOperation ? $"another flow of '{first.OperationName}' (an async call it has not awaited yet, or a callback it started)" : $"'{first.OperationName}'";
        string waiter = oneOperation ? $"the flow at {second.Site}" : $"'{second.OperationName}'";
        return new BugReport(BugKind.DataRace,
            $"'{second.OperationName}' {second.Verb} {race.Field} at {second.Site} and {other} {first.Verb} it at {first.Site}, and nothing ordered the two: {waiter} was already waiting at its access when the other was made, so either could have come first (no lock held by both, no await or join between them). In another schedule one access lands in the middle of the other and an update is lost or a half-done value is read, even though this schedule got away with it. Fix: {RaceFix(race.Field)}",
            "", [first.OperationName, second.OperationName], runtime.Step, runtime.Clock.Elapsed);
    }

    // The fix that fits what raced: a collection has a concurrent counterpart, a plain field has Interlocked.
    private static string RaceFix(string raced) => raced.Split('<')[0] switch
    {
        "List" => "guard every access to the list with the same lock, or collect into a ConcurrentQueue<T> or ConcurrentBag<T> (order not kept), or give each operation its own list and merge them after the join.",
        "Dictionary" => "guard every access to the dictionary with the same lock, or use a ConcurrentDictionary<TKey,TValue> (its TryAdd/GetOrAdd/AddOrUpdate, not a check followed by an add).",
        "HashSet" => "guard every access to the set with the same lock, or use a ConcurrentDictionary<T, byte> as a set (TryAdd, not Contains followed by Add).",
        _ => "guard every access with the same lock, or use Interlocked (Interlocked.Increment(ref field), Interlocked.CompareExchange) for a counter or flag.",
    };

    /// <summary>An Invariant.Assert failed: a bug at this very step, whoever observes the exception later.</summary>
    internal static BugReport InvariantViolated(ControlledRuntime runtime, Operation operation, InvariantViolationException exception, SourceLocation? where) =>
        Failure(runtime, operation, exception, "", where);

    /// <summary>An atomic section that could not stay atomic: a wait inside it blocked, or the step ended (an await suspended) while it was open.</summary>
    internal static BugReport AtomicSectionBroken(ControlledRuntime runtime, Operation operation, InvalidOperationException exception, SourceLocation? where) =>
        Failure(runtime, operation, exception, "reported in every schedule: the section would let other operations run inside it", where);

    /// <summary>Monitor.Exit (Lock.Exit, Wait, Pulse) after an await that followed the Enter: the exception .NET throws when the code resumed on another thread.</summary>
    internal static BugReport LockHeldAcrossAwait(ControlledRuntime runtime, Operation operation, SynchronizationLockException exception, SourceLocation? where) =>
        Failure(runtime, operation, exception, "reported in every schedule: no thread is guaranteed after an await", where);

    private static BugReport Failure(ControlledRuntime runtime, Operation operation, Exception exception, string why, SourceLocation? thrownAt = null)
    {
        var site = thrownAt ?? EscapeSite.FirstUserFrame(new StackTrace(exception, true));
        var kind = IsAssertion(exception) ? BugKind.AssertionFailure : BugKind.UnhandledException;
        string where = exception is InvariantViolationException { Operation: { } asserting } ? asserting : operation.Name;
        string what = kind == BugKind.AssertionFailure ? "an assertion failed" : $"{exception.GetType().Name} was thrown";
        return new BugReport(kind,
            $"in '{where}' {what}{(site is null ? "" : $" at {site}")}: {FirstLine(exception.Message)}" + (kind == BugKind.AssertionFailure ? "" : $" ({why})"),
            exception.Message.Contains('\n', StringComparison.Ordinal) ? Indent(exception.Message) : "",
            [where], runtime.Step, runtime.Clock.Elapsed, exception);
    }

    private static BugReport? RealTimerEscape(ControlledRuntime runtime, List<Operation> blocked)
    {
        foreach (var op in blocked)
        {
            if (op.Body is { } body && AwaitChains.Describe(body) is var frames && AwaitChains.IsWaitingOnRealTimer(frames))
            {
                // The method awaiting the timer is where Task.Delay was written (or called the code that did).
                var waiting = frames.LastOrDefault(f => f.StateMachine is { } type && EscapeSite.IsUserType(type) && f.Awaiting.Contains(AwaitTargets.RealTimerMarker, StringComparison.Ordinal));
                return new BugReport(BugKind.UncontrolledConcurrency,
                    $"'{op.Name}' waits on a real timer (Task.Delay or a timeout without a TimeProvider), which the virtual clock cannot move. Fix: {EscapeSite.RewritingFix(waiting?.StateMachine?.Assembly)}; or, by hand, pass Controlled.Time, e.g. Task.Delay(delay, Controlled.Time) or new CancellationTokenSource(timeout, Controlled.Time).",
                    Chains([op], runtime.Operations), [op.Name], runtime.Step, runtime.Clock.Elapsed);
            }
        }

        return RealTimerVerdict.StillArmed(runtime);
    }

    private static BugReport Report(ControlledRuntime runtime, BugKind kind, string what, string why, List<Operation> involved) =>
        new(kind, what + " " + why, Chains(involved, runtime.Operations, runtime), involved.Select(op => op.Name).ToList(), runtime.Step, runtime.Clock.Elapsed);

    /// <summary>" 'a' waits at A.cs:12 for a lock held by 'b' (taken at A.cs:20)." for each synchronously blocked operation.</summary>
    private static string SynchronousWaits(ControlledRuntime runtime, List<Operation> blocked)
    {
        var waits = blocked.SelectMany(op => runtime.BlockedWaits(op).Select(wait => $"'{op.Name}' waits at {wait.Site} for {wait.Blocker!.Describe()}")).ToList();
        return waits.Count == 0 ? "" : " " + string.Join("; ", waits) + ".";
    }

    private static string Chains(List<Operation> involved, IReadOnlyList<Operation> all, ControlledRuntime? runtime = null)
    {
        var names = new Dictionary<Task, string>();
        foreach (var op in all)
        {
            names.TryAdd(op.Completion!, op.Name);
        }

        var text = new StringBuilder();
        foreach (var op in involved)
        {
            text.Append("  '").Append(op.Name).Append('\'');
            if (op.SpawnSite is { } site)
            {
                text.Append(" (spawned at ").Append(site).Append(')');
            }

            text.Append('\n');
            foreach (var wait in runtime?.BlockedWaits(op) ?? [])
            {
                text.Append("      blocked in synchronous code at ").Append(wait.Site)
                    .Append(", waiting for ").Append(wait.Blocker!.Describe()).Append('\n');
            }

            if (op.Body is { } body)
            {
                foreach (string line in AwaitChains.Format(AwaitChains.Describe(body, all.Select(op => op.Completion!), names)).Split('\n'))
                {
                    text.Append("      ").Append(line).Append('\n');
                }
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    private static bool IsAssertion(Exception exception) =>
        exception is InvariantViolationException
        || exception.GetType().GetInterfaces().Any(i => i.FullName == "Xunit.Sdk.IAssertionException");

    private static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).TrimEnd('\r');
    }

    private static string Indent(string message) =>
        string.Join("\n", message.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => "  " + line));

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
