using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="WaitHandle.WaitOne()"/> and its overloads, which <see cref="ManualResetEvent"/>,
/// <see cref="AutoResetEvent"/>, <see cref="EventWaitHandle"/> and <see cref="Semaphore"/> inherit. Inside a harness
/// run a wait on an unsignalled handle parks the operation until another one signals it (timeouts on the virtual
/// clock). Readiness is a zero-timeout wait, which is also what takes the signal of an auto-reset event or a
/// semaphore count, so only one of several waiters wins it, as in .NET. An unnamed <see cref="Mutex"/> is modelled
/// (<see cref="ControlledMutexes"/>); other handles are left to the BCL. Outside a run each is exactly the BCL method.
/// </summary>
public static partial class WaitHandleCalls
{
    /// <summary>Stands in for <see cref="WaitHandle.WaitOne()"/>.</summary>
    /// <param name="handle">The handle.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True, once signalled.</returns>
    public static bool WaitOne(WaitHandle handle, string site) => WaitOne(handle, Timeout.Infinite, site);

    /// <summary>Stands in for <see cref="WaitHandle.WaitOne(TimeSpan)"/>.</summary>
    /// <param name="handle">The handle.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when signalled in time.</returns>
    public static bool WaitOne(WaitHandle handle, TimeSpan timeout, string site) =>
        Controllable(handle) is null ? handle.WaitOne(timeout) : WaitOne(handle, Timeouts.Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="WaitHandle.WaitOne(int, bool)"/> (exitContext does nothing in .NET).</summary>
    /// <param name="handle">The handle.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="exitContext">Ignored, as in .NET.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when signalled in time.</returns>
    public static bool WaitOne(WaitHandle handle, int millisecondsTimeout, bool exitContext, string site) =>
        Controllable(handle) is null ? handle.WaitOne(millisecondsTimeout, exitContext) : WaitOne(handle, millisecondsTimeout, site);

    /// <summary>Stands in for <see cref="WaitHandle.WaitOne(TimeSpan, bool)"/> (exitContext does nothing in .NET).</summary>
    /// <param name="handle">The handle.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="exitContext">Ignored, as in .NET.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when signalled in time.</returns>
    public static bool WaitOne(WaitHandle handle, TimeSpan timeout, bool exitContext, string site) =>
        Controllable(handle) is null ? handle.WaitOne(timeout, exitContext) : WaitOne(handle, Timeouts.Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="WaitHandle.WaitOne(int)"/>.</summary>
    /// <param name="handle">The handle.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when signalled in time.</returns>
    public static bool WaitOne(WaitHandle handle, int millisecondsTimeout, string site)
    {
        if (Controllable(handle) is not { } runtime)
        {
            return handle.WaitOne(millisecondsTimeout);
        }

        if (handle is Mutex mutex)
        {
            return runtime.Mutexes.WaitOne(mutex, millisecondsTimeout, site);
        }

        bool taken = false;
        return runtime.BlockUntilSignalled(() => taken || (taken = handle.WaitOne(0)), () => "a " + handle.GetType().Name + " nobody signals", "returns from WaitOne", site, millisecondsTimeout, CancellationToken.None);
    }

    /// <summary>The runtime when the calling code runs in a harness step and the handle is one the harness can wait on without a thread owning it.</summary>
    private static Scheduling.ControlledRuntime? Controllable(WaitHandle? handle) =>
        IsControllable(handle) ? SyncPoints.Active() : null;

    private static Scheduling.ControlledRuntime? Controllable(WaitHandle[]? handles) =>
        handles is { Length: > 0 } && Array.TrueForAll(handles, IsControllable) ? SyncPoints.Active() : null;

    private static bool IsControllable(WaitHandle? handle) => handle is EventWaitHandle or Semaphore or Mutex;
}
