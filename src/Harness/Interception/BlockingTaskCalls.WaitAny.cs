using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// <see cref="Task.WaitAny(Task[])"/> and its overloads: inside a run a wait with no task finished parks the
/// operation until one finishes (timeouts on the virtual clock). As in .NET the result is the index of the first
/// finished task in array order, -1 on a timeout, and a faulted task is a result, not an exception.
/// </summary>
public static partial class BlockingTaskCalls
{
    /// <summary>Stands in for <see cref="Task.WaitAny(Task[])"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of a finished task.</returns>
    public static int WaitAny(Task[] tasks, string site) => WaitAny(tasks, Timeout.Infinite, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.WaitAny(Task[], int)"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of a finished task, or -1 on a timeout.</returns>
    public static int WaitAny(Task[] tasks, int millisecondsTimeout, string site) => WaitAny(tasks, millisecondsTimeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.WaitAny(Task[], TimeSpan)"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of a finished task, or -1 on a timeout.</returns>
    public static int WaitAny(Task[] tasks, TimeSpan timeout, string site) =>
        SyncPoints.Active() is null ? Task.WaitAny(tasks, timeout) : WaitAny(tasks, Timeouts.Milliseconds(timeout), CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.WaitAny(Task[], CancellationToken)"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of a finished task.</returns>
    public static int WaitAny(Task[] tasks, CancellationToken cancellationToken, string site) => WaitAny(tasks, Timeout.Infinite, cancellationToken, site);

    /// <summary>Stands in for <see cref="Task.WaitAny(Task[], int, CancellationToken)"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The index of a finished task, or -1 on a timeout.</returns>
    public static int WaitAny(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken, string site)
    {
        if (SyncPoints.Active() is not { } runtime || !Valid(tasks, millisecondsTimeout, cancellationToken) || tasks.Length == 0 || AnyFinished(tasks))
        {
            // Outside a run, or what .NET answers at once (an empty array gives -1 without waiting).
            return Task.WaitAny(tasks, millisecondsTimeout, cancellationToken);
        }

        return runtime.BlockUntilSignalled(() => AnyFinished(tasks), () => "tasks none of which ever finishes", "returns from Task.WaitAny", site, millisecondsTimeout, cancellationToken)
            ? Task.WaitAny(tasks, 0, CancellationToken.None)
            : -1;
    }

    private static bool AnyFinished(Task[] tasks) => Array.Exists(tasks, task => task.IsCompleted);
}
