using System.Diagnostics;
using Harness.Scheduling;

namespace Harness.Diagnostics;

/// <summary>Work handed to a <see cref="TaskScheduler"/> of the user's own, which the harness cannot schedule.</summary>
internal static partial class Verdicts
{
    internal static BugReport ForeignScheduler(ControlledRuntime runtime, Operation operation, string scheduler, StackTrace where)
    {
        var site = EscapeSite.FirstUserFrame(where);
        return new BugReport(BugKind.UncontrolledConcurrency,
            $"'{operation.Name}' queued a task to {scheduler}{(site is null ? "" : $" at {site}")}, a TaskScheduler the harness does not control. {scheduler} runs its tasks where it chooses (its own threads, the thread pool), so their interleavings are neither explored nor reproducible. Fix: let the code under test take its TaskScheduler as a parameter and pass TaskScheduler.Default in the test (controlled inside a run, like TaskScheduler.Current), or start the work with Controlled.Run; to run it only partly controlled, set \"UncontrolledConcurrency\": \"allow\" in coyote.json.",
            "", [operation.Name], runtime.Step, runtime.Clock.Elapsed);
    }

    /// <summary>The bug of a run under "UncontrolledConcurrency": "allow" that tolerated uncontrolled work.</summary>
    internal static BugReport PartlyControlled(BugReport bug, string what, SourceLocation? where) =>
        new(bug.Kind, bug.Summary + PartlyControlledNote(what, where), bug.Details, bug.Operations, bug.Step, bug.VirtualTime, bug.Exception);

    internal static string PartlyControlledNote(string what, SourceLocation? where) =>
        $" The run was only partly controlled (\"UncontrolledConcurrency\": \"allow\"): {what}{(where is null ? "" : $" at {where}")} ran outside the scheduler, so this schedule may not replay. To control it, see the fix the default \"report\" gives.";
}
