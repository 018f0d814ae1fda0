using Harness.Scheduling;

namespace Harness.Diagnostics;

/// <summary>The verdicts of dedicated threads (new Thread, Start) run as controlled operations.</summary>
internal static partial class Verdicts
{
    internal static BugReport ThreadThrew(ControlledRuntime runtime, Operation operation, Exception exception) =>
        Failure(runtime, operation, exception, "it escaped a thread's body; .NET has nobody to hand it to, so an unhandled exception on a thread ends the process. Fix: catch the exception inside the thread's body, or run the work with Task.Run and await its task");

    /// <summary>The leak report's extra fix when a thread is among the pending operations.</summary>
    private static string ThreadsHint(ControlledRuntime runtime, List<Operation> pending) =>
        pending.Any(runtime.IsThread)
            ? " Join every Thread you start (a foreground thread left running also keeps the process from exiting), and give its loop a way to stop."
            : "";
}
