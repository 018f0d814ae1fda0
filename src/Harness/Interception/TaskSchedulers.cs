using System.Diagnostics;
using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>Which schedulers a redirected call may replace with the controlled one.</summary>
internal static class TaskSchedulers
{
    /// <summary>
    /// The active runtime when work for <paramref name="scheduler"/> can run controlled: the default scheduler (what
    /// <see cref="TaskScheduler.Current"/> is in code under test on .NET, outside a task of another scheduler) or the
    /// harness's own. A scheduler of the user's own is reported, and the work goes to it.
    /// </summary>
    internal static ControlledRuntime? ControlledBy(TaskScheduler? scheduler)
    {
        if (scheduler is null || ControlledRuntime.Active is not { } runtime)
        {
            return null;
        }

        if (scheduler == TaskScheduler.Default || scheduler == runtime.TaskScheduler)
        {
            return runtime;
        }

        runtime.OnForeignScheduler(scheduler, new StackTrace(1, true));
        return null;
    }
}
