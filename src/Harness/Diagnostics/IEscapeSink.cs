using System.Diagnostics;

namespace Harness.Diagnostics;

/// <summary>
/// What the process-wide escape listener reports to: the controlled runtime whose step is running on the
/// current thread. Set (thread-static) only while a controlled step runs, so events raised by other tests'
/// threads cost one thread-static read.
/// </summary>
internal interface IEscapeSink
{
    /// <summary>Id of the runtime's own <see cref="TaskScheduler"/>: tasks queued to it are controlled, not escapes.</summary>
    int ControlledSchedulerId { get; }

    /// <summary>Work left the scheduler (thread pool, foreign task scheduler, parallel loop) during the current step.</summary>
    void OnUncontrolledWork(string what, StackTrace where);

    /// <summary>
    /// The current step queued work to the thread pool. Not an escape by itself: the runtime first checks whether
    /// it caught the work on its private local queue (see ThreadPoolCapture).
    /// </summary>
    void OnThreadPoolWork(string what, StackTrace where);

    /// <summary>The current step started a synchronous wait on an unfinished task: the scheduler thread is about to hang.</summary>
    void OnBlockingWait(string what, StackTrace where);

    /// <summary>
    /// The current step armed a real timer (<paramref name="timerId"/>: the runtime's id for it, the same each time
    /// it is re-armed; <paramref name="dueMilliseconds"/>: when it fires). Not an escape by itself: it becomes one if
    /// the iteration would otherwise end stuck while the timer can still fire.
    /// </summary>
    void OnRealTimer(long timerId, int dueMilliseconds, StackTrace where)
    {
    }
}

/// <summary>The sink for the current thread: the runtime whose step is running here, or null.</summary>
internal static class EscapeSink
{
    [ThreadStatic]
    private static IEscapeSink? current;

    public static IEscapeSink? Current
    {
        get => current;
        set => current = value;
    }
}
