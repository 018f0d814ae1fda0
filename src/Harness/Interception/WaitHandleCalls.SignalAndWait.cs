namespace Harness.Interception;

/// <summary>
/// <see cref="WaitHandle.SignalAndWait(WaitHandle, WaitHandle)"/>: inside a run, one scheduling point, then the
/// signal and the start of the wait with none between (atomic, as .NET promises), the wait on the virtual clock.
/// Exceptions as measured on .NET 10: ArgumentNullException naming toSignal or toWaitOn; InvalidOperationException
/// for a full semaphore; ApplicationException ("Attempt to release mutex not owned by caller.") for a mutex the
/// caller does not own, in which case nothing is waited for.
/// </summary>
public static partial class WaitHandleCalls
{
    private const string SemaphoreFull = "The WaitHandle cannot be signaled because it would exceed its maximum count.";

    // .NET's text carries the OS error code ("... caller.\n (0x80070120)" on Linux): taken from the BCL itself, once.
    private static readonly Lazy<string> MutexNotOwned = new(() =>
    {
        using var unowned = new Mutex();
        using var set = new ManualResetEvent(true);
        try
        {
            WaitHandle.SignalAndWait(unowned, set);
            return "Attempt to release mutex not owned by caller.";
        }
        catch (ApplicationException e)
        {
            return e.Message;
        }
    });

    /// <summary>Stands in for <see cref="WaitHandle.SignalAndWait(WaitHandle, WaitHandle)"/>.</summary>
    /// <param name="toSignal">The handle to signal.</param>
    /// <param name="toWaitOn">The handle to wait on.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True, once <paramref name="toWaitOn"/> is signalled.</returns>
    public static bool SignalAndWait(WaitHandle toSignal, WaitHandle toWaitOn, string site) =>
        SignalAndWait(toSignal, toWaitOn, Timeout.Infinite, false, site);

    /// <summary>Stands in for <see cref="WaitHandle.SignalAndWait(WaitHandle, WaitHandle, TimeSpan, bool)"/>.</summary>
    /// <param name="toSignal">The handle to signal.</param>
    /// <param name="toWaitOn">The handle to wait on.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="exitContext">Ignored, as in .NET.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when <paramref name="toWaitOn"/> was signalled in time.</returns>
    public static bool SignalAndWait(WaitHandle toSignal, WaitHandle toWaitOn, TimeSpan timeout, bool exitContext, string site) =>
        Controllable([toSignal, toWaitOn]) is null
            ? WaitHandle.SignalAndWait(toSignal, toWaitOn, timeout, exitContext)
            : SignalAndWait(toSignal, toWaitOn, Timeouts.Milliseconds(timeout), exitContext, site);

    /// <summary>Stands in for <see cref="WaitHandle.SignalAndWait(WaitHandle, WaitHandle, int, bool)"/>.</summary>
    /// <param name="toSignal">The handle to signal.</param>
    /// <param name="toWaitOn">The handle to wait on.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="exitContext">Ignored, as in .NET.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when <paramref name="toWaitOn"/> was signalled in time.</returns>
    public static bool SignalAndWait(WaitHandle toSignal, WaitHandle toWaitOn, int millisecondsTimeout, bool exitContext, string site)
    {
        if (Controllable([toSignal, toWaitOn]) is not { } runtime)
        {
            return WaitHandle.SignalAndWait(toSignal, toWaitOn, millisecondsTimeout, exitContext);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite);
        runtime.Park(new Hybrid.ParkedWait("signals and waits", "in WaitHandle.SignalAndWait", site, null));
        Signal(runtime, toSignal);
        if (toWaitOn is Mutex mutex)
        {
            return runtime.Mutexes.WaitOne(mutex, millisecondsTimeout, site, point: false);
        }

        bool taken = false;
        return runtime.BlockUntilSignalled(() => taken || (taken = toWaitOn.WaitOne(0)), () => "a " + toWaitOn.GetType().Name + " nobody signals", "returns from WaitHandle.SignalAndWait", site, millisecondsTimeout, CancellationToken.None);
    }

    private static void Signal(Scheduling.ControlledRuntime runtime, WaitHandle toSignal)
    {
        switch (toSignal)
        {
            case EventWaitHandle signal:
                signal.Set();
                break;
            case Semaphore semaphore:
                try
                {
                    semaphore.Release();
                }
                catch (SemaphoreFullException)
                {
                    throw new InvalidOperationException(SemaphoreFull);
                }

                break;
            case Mutex mutex:
                runtime.Mutexes.Release(mutex, MutexNotOwned.Value);
                break;
        }
    }
}
