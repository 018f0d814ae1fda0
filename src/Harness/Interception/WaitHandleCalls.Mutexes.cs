using Harness.Hybrid;
using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// <see cref="WaitHandle.WaitAll(WaitHandle[])"/> and <see cref="WaitHandle.WaitAny(WaitHandle[])"/> over arrays with
/// an unnamed <see cref="Mutex"/>: the modelled mutexes are taken for the waiter (never the OS mutex), the other
/// handles with the BCL's zero-timeout wait, all at once for WaitAll and the lowest ready index for WaitAny, as .NET.
/// </summary>
public static partial class WaitHandleCalls
{
    private static bool WaitAllWithMutexes(ControlledRuntime runtime, WaitHandle[] handles, int millisecondsTimeout, string site)
    {
        runtime.Park(new Hybrid.ParkedWait("waits for", "handles with a Mutex", site, null));
        var taker = ControlledMutexes.Taker.Here(runtime, site);
        var others = Array.FindAll(handles, handle => handle is not Mutex);
        bool taken = false;
        return runtime.BlockUntilSignalled(() => taken || (taken = TakeAll(runtime.Mutexes, handles, others, taker)), () => "wait handles that are never all signalled", "returns from WaitHandle.WaitAll", site, millisecondsTimeout, CancellationToken.None);
    }

    private static int WaitAnyWithMutexes(ControlledRuntime runtime, WaitHandle[] handles, int millisecondsTimeout, string site)
    {
        runtime.Park(new Hybrid.ParkedWait("waits for", "handles with a Mutex", site, null));
        var taker = ControlledMutexes.Taker.Here(runtime, site);
        int index = WaitHandle.WaitTimeout;
        bool signalled = runtime.BlockUntilSignalled(() => index != WaitHandle.WaitTimeout || (index = TakeAny(runtime.Mutexes, handles, taker)) != WaitHandle.WaitTimeout, () => "wait handles none of which is ever signalled", "returns from WaitHandle.WaitAny", site, millisecondsTimeout, CancellationToken.None);
        return signalled ? index : WaitHandle.WaitTimeout;
    }

    private static bool TakeAll(ControlledMutexes mutexes, WaitHandle[] handles, WaitHandle[] others, ControlledMutexes.Taker taker)
    {
        if (!Array.TrueForAll(handles, handle => handle is not Mutex mutex || mutexes.IsAvailable(mutex, taker))
            || (others.Length > 0 && !WaitHandle.WaitAll(others, 0)))
        {
            return false;
        }

        foreach (var handle in handles)
        {
            if (handle is Mutex mutex)
            {
                mutexes.TryTake(mutex, taker);
            }
        }

        return true;
    }

    private static int TakeAny(ControlledMutexes mutexes, WaitHandle[] handles, ControlledMutexes.Taker taker)
    {
        for (int i = 0; i < handles.Length; i++)
        {
            if (handles[i] is Mutex mutex ? mutexes.TryTake(mutex, taker) : handles[i].WaitOne(0))
            {
                return i;
            }
        }

        return WaitHandle.WaitTimeout;
    }

    private static bool HasMutex(WaitHandle[] handles) => Array.Exists(handles, handle => handle is Mutex);
}
