using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="Mutex"/>'s constructors and <see cref="Mutex.ReleaseMutex"/>. Inside a harness run
/// an unnamed mutex is modelled (<see cref="ControlledMutexes"/>: ownership, recursion, ApplicationException on a
/// release by a non-owner, as .NET 10 does); its waits are <see cref="WaitHandleCalls"/>. A named mutex is shared
/// with other processes, which the harness does not control: creating one in a run throws
/// <see cref="NotSupportedException"/> naming the fix. Outside a run each is exactly the BCL call.
/// </summary>
public static class MutexCalls
{
    /// <summary>Stands in for <see cref="Mutex()"/>.</summary>
    /// <param name="site">The call site.</param>
    /// <returns>A new unowned mutex.</returns>
    public static Mutex Create(string site) => Create(false, site);

    /// <summary>Stands in for <see cref="Mutex(bool)"/>.</summary>
    /// <param name="initiallyOwned">True to own it at once.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The mutex.</returns>
    public static Mutex Create(bool initiallyOwned, string site)
    {
        if (SyncPoints.Active() is not { } runtime)
        {
            return new Mutex(initiallyOwned);
        }

        var mutex = new Mutex(false);
        if (initiallyOwned)
        {
            runtime.Mutexes.TakeNow(mutex, site);
        }

        return mutex;
    }

    /// <summary>Stands in for <see cref="Mutex(bool, string)"/>; a null name is an unnamed mutex, as in .NET.</summary>
    /// <param name="initiallyOwned">True to own it at once.</param>
    /// <param name="name">The system-wide name, or null.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The mutex.</returns>
    public static Mutex Create(bool initiallyOwned, string? name, string site) =>
        Create(initiallyOwned, name, out _, site);

    /// <summary>Stands in for <see cref="Mutex(bool, string, out bool)"/>; a null name is an unnamed mutex, as in .NET.</summary>
    /// <param name="initiallyOwned">True to own it at once (if it is created here).</param>
    /// <param name="name">The system-wide name, or null.</param>
    /// <param name="createdNew">True when the mutex is new (always, for an unnamed one).</param>
    /// <param name="site">The call site.</param>
    /// <returns>The mutex.</returns>
    public static Mutex Create(bool initiallyOwned, string? name, out bool createdNew, string site)
    {
        if (SyncPoints.Active() is null)
        {
            return new Mutex(initiallyOwned, name, out createdNew);
        }

        if (!string.IsNullOrEmpty(name))
        {
            throw new NotSupportedException(Named(name, site));
        }

        createdNew = true;
        return Create(initiallyOwned, site);
    }

    /// <summary>Stands in for <see cref="Mutex.ReleaseMutex"/>.</summary>
    /// <param name="mutex">The mutex.</param>
    /// <param name="site">The call site.</param>
    public static void ReleaseMutex(Mutex mutex, string site)
    {
        _ = site;
        if (SyncPoints.ActiveForRelease(out bool abandoned) is not { } runtime)
        {
            if (!abandoned)
            {
                mutex.ReleaseMutex();
            }

            return;
        }

        ArgumentNullException.ThrowIfNull(mutex);
        runtime.Mutexes.Release(mutex);
    }

    internal static string Named(string name, string site) =>
        $"new Mutex(..., \"{name}\") at {site} creates a named (system-wide) mutex, which other processes can hold: the harness does not control them, so it cannot explore or decide waits on it. Fix: in code under test, use an unnamed mutex (new Mutex()) injected where a name is needed, or keep the named mutex out of the explored body.";
}
