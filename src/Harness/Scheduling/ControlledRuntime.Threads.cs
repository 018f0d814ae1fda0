using Harness.Diagnostics;

namespace Harness.Scheduling;

/// <summary>Dedicated threads (new Thread, Start): each started thread's body is an operation of its own.</summary>
internal sealed partial class ControlledRuntime
{
    // Allocated at the first Thread.Start: iterations without threads never need it.
    private Dictionary<Operation, Thread>? threads;

    /// <summary>Starts a thread's body (a created, unstarted task) as an operation, as .NET starts a thread.</summary>
    internal Operation StartThread(string name, SourceLocation? site, Task body, Thread thread)
    {
        var operation = StartOperation(name, site, body);
        (threads ??= [])[operation] = thread;
        return operation;
    }

    /// <summary>True for the operation of a started thread, so a leak report can say to Join it.</summary>
    internal bool IsThread(Operation operation) => threads?.ContainsKey(operation) == true;

    /// <summary>The Thread whose body <paramref name="operation"/> runs, or null for any other operation.</summary>
    internal Thread? ThreadOf(Operation operation) => threads?.GetValueOrDefault(operation);

    /// <summary>
    /// An exception escaped a thread's body: .NET has nobody to hand it to, so it ends the process. A bug at this
    /// very step, whoever would have looked later.
    /// </summary>
    internal void OnThreadThrew(Exception exception)
    {
        if (running is { } operation)
        {
            bug ??= Verdicts.ThreadThrew(this, operation, exception);
        }
    }
}
