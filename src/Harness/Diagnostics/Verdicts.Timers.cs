using Harness.Scheduling;

namespace Harness.Diagnostics;

/// <summary>The verdicts of BCL timers run on the virtual clock.</summary>
internal static partial class Verdicts
{
    /// <summary>
    /// The step-bound report's last line: a loop that waits for real time to pass (a refill computed from
    /// Stopwatch.GetTimestamp in a library that is not rewritten) never sees it pass on the virtual clock, where a
    /// thousand steps take no time. Which clock read it is cannot be seen from here, so the line names the fix.
    /// </summary>
    private const string RealClockHint =
        "\n  if this code waits for real time to pass (a clock read such as Stopwatch.GetTimestamp, Environment.TickCount or DateTime.UtcNow in a library the build does not rewrite, e.g. the token refill of System.Threading.RateLimiting), name that library in \"Assemblies\" in coyote.json: its clock reads then follow the virtual clock; or pass it Controlled.Time where it takes a TimeProvider";

    internal static BugReport TimerCallbackThrew(ControlledRuntime runtime, Operation operation, Exception exception) =>
        Failure(runtime, operation, exception, "it escaped a System.Threading.Timer callback; .NET runs the callback on the thread pool, where an unhandled exception ends the process. Fix: catch the exception inside the callback");
}
