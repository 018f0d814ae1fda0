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
}
