using Harness.Diagnostics;

namespace Harness.Scheduling;

/// <summary>Callbacks of BCL timers on the virtual clock (System.Threading.Timer, System.Timers.Timer): one operation per fire.</summary>
internal sealed partial class ControlledRuntime
{
    // Allocated at the first fire: iterations without such timers never need it.
    private HashSet<Operation>? timerCallbacks;

    /// <summary>Starts one fire's callback as an operation of its own, as the thread pool runs it in .NET.</summary>
    internal void StartTimerCallback(string name, SourceLocation? site, Task work) =>
        (timerCallbacks ??= []).Add(StartOperation(name, site, work));

    /// <summary>
    /// A fire that was due when the tail was cut off and never got to run: it is the periodic timer's leak (judged as
    /// the timer), not work left waiting.
    /// </summary>
    internal bool IsUnstartedTimerCallback(Operation operation) =>
        timerCallbacks?.Contains(operation) == true && operation.Starter is { Status: TaskStatus.WaitingToRun or TaskStatus.Created };

    /// <summary>
    /// An exception escaped a System.Threading.Timer callback: in .NET it reaches the thread pool and ends the
    /// process, so it is a bug at this very step, whoever would have looked later.
    /// </summary>
    internal void OnTimerCallbackThrew(Exception exception)
    {
        if (running is { } operation)
        {
            bug ??= Verdicts.TimerCallbackThrew(this, operation, exception);
        }
    }
}
