using System.Runtime.CompilerServices;
using Harness.Hybrid;
using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for synchronous waits on tasks: <see cref="Task.Wait()"/> and its overloads,
/// <see cref="Task{TResult}.Result"/>, <c>GetAwaiter().GetResult()</c>. Inside a harness run a wait on an unfinished
/// task parks the operation until the task finishes (a controlled blocked wait, not a blocked scheduler thread), and
/// timeouts run on the virtual clock; outside a run each is exactly the BCL member.
/// </summary>
public static partial class BlockingTaskCalls
{
    /// <summary>Stands in for <see cref="Task.Wait()"/>.</summary>
    /// <param name="task">The task.</param>
    /// <param name="site">The call site.</param>
    public static void Wait(Task task, string site) => Wait(task, Timeout.Infinite, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.Wait(int)"/>.</summary>
    /// <param name="task">The task.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the task finished in time.</returns>
    public static bool Wait(Task task, int millisecondsTimeout, string site) => Wait(task, millisecondsTimeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.Wait(TimeSpan)"/>.</summary>
    /// <param name="task">The task.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the task finished in time.</returns>
    public static bool Wait(Task task, TimeSpan timeout, string site) => Wait(task, (int)timeout.TotalMilliseconds, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.Wait(CancellationToken)"/>.</summary>
    /// <param name="task">The task.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    public static void Wait(Task task, CancellationToken cancellationToken, string site) => Wait(task, Timeout.Infinite, cancellationToken, site);

    /// <summary>Stands in for <see cref="Task.Wait(TimeSpan, CancellationToken)"/>.</summary>
    /// <param name="task">The task.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the task finished in time.</returns>
    public static bool Wait(Task task, TimeSpan timeout, CancellationToken cancellationToken, string site) => Wait(task, (int)timeout.TotalMilliseconds, cancellationToken, site);

    /// <summary>Stands in for <see cref="Task.Wait(int, CancellationToken)"/>.</summary>
    /// <param name="task">The task.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the task finished in time.</returns>
    public static bool Wait(Task task, int millisecondsTimeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (SyncPoints.Active() is { } runtime && !Await(runtime, task, millisecondsTimeout, cancellationToken, "Task.Wait", site))
        {
            return false;
        }

        return task.Wait(millisecondsTimeout, cancellationToken);
    }

    /// <summary>Stands in for the <see cref="Task{TResult}.Result"/> getter.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="task">The task.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The task's result.</returns>
    public static T Result<T>(Task<T> task, string site)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (SyncPoints.Active() is { } runtime)
        {
            Await(runtime, task, Timeout.Infinite, CancellationToken.None, "Task.Result", site);
        }

        return task.Result;
    }

    /// <summary>Stands in for <see cref="TaskAwaiter.GetResult"/>.</summary>
    /// <param name="awaiter">The awaiter.</param>
    /// <param name="site">The call site.</param>
    public static void GetResult(ref TaskAwaiter awaiter, string site)
    {
        if (SyncPoints.Active() is { } runtime)
        {
            Await(runtime, TaskOf(ref awaiter), Timeout.Infinite, CancellationToken.None, "GetAwaiter().GetResult()", site);
        }

        awaiter.GetResult();
    }

    /// <summary>Stands in for <see cref="TaskAwaiter{TResult}.GetResult"/>.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="awaiter">The awaiter.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The task's result.</returns>
    public static T GetResult<T>(ref TaskAwaiter<T> awaiter, string site)
    {
        if (SyncPoints.Active() is { } runtime)
        {
            Await(runtime, AwaiterTask<T>.Of(ref awaiter), Timeout.Infinite, CancellationToken.None, "GetAwaiter().GetResult()", site);
        }

        return awaiter.GetResult();
    }

    /// <summary>Parks until <paramref name="task"/> finishes; false on a (virtual) timeout.</summary>
    private static bool Await(ControlledRuntime runtime, Task task, int millisecondsTimeout, CancellationToken token, string what, string site) =>
        runtime.BlockUntilSignalled(() => task.IsCompleted, () => "a task that never finishes", "returns from " + what, site, millisecondsTimeout, token);

    // Field names pinned by a test (BlockingTaskCallsTests) against the running .NET version.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "m_task")]
    private static extern ref Task TaskOf(ref TaskAwaiter awaiter);

    private static class AwaiterTask<T>
    {
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "m_task")]
        internal static extern ref Task<T> Of(ref TaskAwaiter<T> awaiter);
    }
}
