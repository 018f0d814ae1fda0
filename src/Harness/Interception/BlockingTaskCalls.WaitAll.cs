using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// <see cref="Task.WaitAll(Task[])"/> and its overloads: inside a run a wait for unfinished tasks parks the operation
/// until every one finished (timeouts on the virtual clock); the BCL method then runs on finished tasks, so the
/// result, the AggregateException and the argument checks are .NET's own.
/// </summary>
public static partial class BlockingTaskCalls
{
    /// <summary>Stands in for <see cref="Task.WaitAll(Task[])"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="site">The call site.</param>
    public static void WaitAll(Task[] tasks, string site) => WaitAll(tasks, Timeout.Infinite, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.WaitAll(Task[], int)"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when every task finished in time.</returns>
    public static bool WaitAll(Task[] tasks, int millisecondsTimeout, string site) => WaitAll(tasks, millisecondsTimeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.WaitAll(Task[], TimeSpan)"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when every task finished in time.</returns>
    public static bool WaitAll(Task[] tasks, TimeSpan timeout, string site) =>
        SyncPoints.Active() is null ? Task.WaitAll(tasks, timeout) : WaitAll(tasks, Timeouts.Milliseconds(timeout), CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.WaitAll(Task[], CancellationToken)"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    public static void WaitAll(Task[] tasks, CancellationToken cancellationToken, string site) => WaitAll(tasks, Timeout.Infinite, cancellationToken, site);

    /// <summary>Stands in for <see cref="Task.WaitAll(IEnumerable{Task}, CancellationToken)"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    public static void WaitAll(IEnumerable<Task> tasks, CancellationToken cancellationToken, string site)
    {
        if (SyncPoints.Active() is null)
        {
            Task.WaitAll(tasks, cancellationToken);
            return;
        }

        ArgumentNullException.ThrowIfNull(tasks);
        WaitAll(tasks.ToArray(), Timeout.Infinite, cancellationToken, site);
    }

    /// <summary>Stands in for <see cref="Task.WaitAll(ReadOnlySpan{Task})"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="site">The call site.</param>
    public static void WaitAll(ReadOnlySpan<Task> tasks, string site)
    {
        if (SyncPoints.Active() is null)
        {
            Task.WaitAll(tasks);
            return;
        }

        WaitAll(tasks.ToArray(), Timeout.Infinite, CancellationToken.None, site);
    }

    /// <summary>Stands in for <see cref="Task.WaitAll(Task[], int, CancellationToken)"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when every task finished in time.</returns>
    public static bool WaitAll(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken, string site)
    {
        if (SyncPoints.Active() is not { } runtime || !Valid(tasks, millisecondsTimeout, cancellationToken) || AllFinished(tasks))
        {
            // Outside a run, or what .NET answers at once: the argument checks, the result, the exceptions.
            return Task.WaitAll(tasks, millisecondsTimeout, cancellationToken);
        }

        return runtime.BlockUntilSignalled(() => AllFinished(tasks), () => "tasks that never all finish", "returns from Task.WaitAll", site, millisecondsTimeout, cancellationToken)
            && Task.WaitAll(tasks, 0, CancellationToken.None);
    }

    /// <summary>What .NET checks before it waits: anything else throws from the BCL call at once.</summary>
    private static bool Valid(Task[]? tasks, int millisecondsTimeout, CancellationToken token) =>
        tasks is not null && millisecondsTimeout >= Timeout.Infinite && !token.IsCancellationRequested && Array.IndexOf(tasks, null) < 0;

    private static bool AllFinished(Task[] tasks) => Array.TrueForAll(tasks, task => task.IsCompleted);
}
