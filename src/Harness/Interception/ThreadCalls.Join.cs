using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for waiting on and asking about a dedicated thread. Inside a harness run, on a thread started in
/// the run, <see cref="Thread.Join()"/> is a blocking wait on its operation (timeouts on the virtual clock) and
/// IsAlive and ThreadState describe the operation; on any other thread each is exactly the <see cref="Thread"/> member
/// (so an unstarted thread throws .NET's own ThreadStateException).
/// </summary>
public static partial class ThreadCalls
{
    /// <summary>Stands in for <see cref="Thread.Join()"/>.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="site">The call site.</param>
    public static void Join(Thread thread, string site) => Join(thread, Timeout.Infinite, site);

    /// <summary>Stands in for <see cref="Thread.Join(int)"/>.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the thread has ended.</returns>
    public static bool Join(Thread thread, int millisecondsTimeout, string site)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (ControlledThread.Running(thread) is not { Body: { } body } model)
        {
            return thread.Join(millisecondsTimeout);
        }

        if (millisecondsTimeout < Timeout.Infinite)
        {
            throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout), "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
        }

        if (SyncPoints.Active() is { } runtime)
        {
            return runtime.BlockUntilSignalled(() => body.IsCompleted, () => $"thread '{model.Operation!.Name}' that never ends", "returns from Thread.Join", site, millisecondsTimeout, CancellationToken.None);
        }

        // Not a step of the run (a Join after the iteration, or on a thread the scheduler does not control): the body
        // never faults but when its iteration is abandoned, and a Join does not throw for the thread's exception.
        return ((IAsyncResult)body).AsyncWaitHandle.WaitOne(millisecondsTimeout);
    }

    /// <summary>Stands in for <see cref="Thread.Join(TimeSpan)"/>.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the thread has ended.</returns>
    public static bool Join(Thread thread, TimeSpan timeout, string site)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (ControlledThread.Running(thread) is null)
        {
            return thread.Join(timeout);
        }

        long milliseconds = (long)timeout.TotalMilliseconds;
        ArgumentOutOfRangeException.ThrowIfLessThan(milliseconds, Timeout.Infinite, nameof(timeout));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(milliseconds, int.MaxValue, nameof(timeout));
        return Join(thread, (int)milliseconds, site);
    }

    /// <summary>Stands in for the <see cref="Thread.IsAlive"/> getter.</summary>
    /// <param name="thread">The thread.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True while a started thread has not ended.</returns>
    public static bool IsAlive(Thread thread, string site)
    {
        ArgumentNullException.ThrowIfNull(thread);
        return ControlledThread.Running(thread) is { Body: { } body } ? !body.IsCompleted : thread.IsAlive;
    }

    /// <summary>
    /// Stands in for the <see cref="Thread.ThreadState"/> getter: for a thread started in a run, Stopped once it ended,
    /// WaitSleepJoin while it sits in a blocking wait, else Running, with Background while running as .NET reports it.
    /// </summary>
    /// <param name="thread">The thread.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The thread's state.</returns>
    public static ThreadState ThreadState(Thread thread, string site)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (ControlledThread.Running(thread) is not { Body: { } body } model)
        {
            return thread.ThreadState;
        }

        if (body.IsCompleted)
        {
            return System.Threading.ThreadState.Stopped;
        }

        var state = model.Runtime!.BlockedWaits(model.Operation!).Any() ? System.Threading.ThreadState.WaitSleepJoin : System.Threading.ThreadState.Running;
        return thread.IsBackground ? state | System.Threading.ThreadState.Background : state;
    }

    /// <summary>
    /// Stands in for <see cref="Thread.Interrupt"/>: on a thread started in a run it throws
    /// <see cref="NotSupportedException"/> naming the fix, since interrupting a controlled wait is not modelled.
    /// </summary>
    /// <param name="thread">The thread.</param>
    /// <param name="site">The call site.</param>
    public static void Interrupt(Thread thread, string site)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (ControlledThread.Running(thread) is { } model)
        {
            throw new NotSupportedException($"Thread.Interrupt at {site} interrupts thread '{model.Operation!.Name}', which the harness runs as a controlled operation: interrupting its waits (ThreadInterruptedException) is not modelled. Fix: stop the thread with a CancellationToken it checks, or an event or flag it waits on.");
        }

        thread.Interrupt();
    }
}
