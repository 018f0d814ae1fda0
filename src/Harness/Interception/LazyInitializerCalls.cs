using System.Diagnostics.CodeAnalysis;
using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for the <see cref="LazyInitializer.EnsureInitialized{T}(ref T, ref bool, ref object)"/>
/// overloads that take a lock object: .NET takes that object's real monitor around the factory. Inside a run the
/// model's lock on the same object is taken first (so a second caller parks as a blocked operation, and user code
/// that locks the same object in rewritten code sees one lock), then the real method runs, uncontended, and keeps
/// .NET's exact results: the initialized flag, a null factory result refused, exceptions not cached. The overloads
/// without a lock object take no lock in .NET, so they are not redirected: racing factories run, as in .NET.
/// </summary>
public static class LazyInitializerCalls
{
    /// <summary>Stands in for <see cref="LazyInitializer.EnsureInitialized{T}(ref T, ref bool, ref object)"/>.</summary>
    /// <typeparam name="T">The target's type; created with its parameterless constructor.</typeparam>
    /// <param name="target">The reference or value to initialize.</param>
    /// <param name="initialized">Whether the target is initialized already.</param>
    /// <param name="syncLock">The lock object, created when null.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The initialized value.</returns>
    public static T EnsureInitialized<T>(ref T target, ref bool initialized, ref object? syncLock, string site)
    {
        if (Volatile.Read(ref initialized) || SyncPoints.Active() is not { } runtime)
        {
            return LazyInitializer.EnsureInitialized(ref target, ref initialized, ref syncLock);
        }

        object gate = LockOf(ref syncLock);
        runtime.Locks.Enter(gate, "LazyInitializer lock", site);
        try
        {
            return LazyInitializer.EnsureInitialized(ref target, ref initialized, ref syncLock);
        }
        finally
        {
            Release(gate, site);
        }
    }

    /// <summary>Stands in for <see cref="LazyInitializer.EnsureInitialized{T}(ref T, ref bool, ref object, Func{T})"/>.</summary>
    /// <typeparam name="T">The target's type.</typeparam>
    /// <param name="target">The reference or value to initialize.</param>
    /// <param name="initialized">Whether the target is initialized already.</param>
    /// <param name="syncLock">The lock object, created when null.</param>
    /// <param name="valueFactory">Creates the value; runs at most once unless it throws.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The initialized value.</returns>
    public static T EnsureInitialized<T>(ref T target, ref bool initialized, ref object? syncLock, Func<T> valueFactory, string site)
    {
        if (Volatile.Read(ref initialized) || SyncPoints.Active() is not { } runtime)
        {
            return LazyInitializer.EnsureInitialized(ref target, ref initialized, ref syncLock, valueFactory);
        }

        object gate = LockOf(ref syncLock);
        runtime.Locks.Enter(gate, "LazyInitializer lock", site);
        try
        {
            return LazyInitializer.EnsureInitialized(ref target, ref initialized, ref syncLock, valueFactory);
        }
        finally
        {
            Release(gate, site);
        }
    }

    /// <summary>Stands in for <see cref="LazyInitializer.EnsureInitialized{T}(ref T, ref object, Func{T})"/>.</summary>
    /// <typeparam name="T">The target's reference type.</typeparam>
    /// <param name="target">The reference to initialize when null.</param>
    /// <param name="syncLock">The lock object, created when null.</param>
    /// <param name="valueFactory">Creates the value; must not return null.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The initialized reference.</returns>
    public static T EnsureInitialized<T>(ref T? target, ref object? syncLock, Func<T> valueFactory, string site)
        where T : class
    {
        if (Volatile.Read(ref target) is not null || SyncPoints.Active() is not { } runtime)
        {
            return LazyInitializer.EnsureInitialized(ref target, ref syncLock, valueFactory);
        }

        object gate = LockOf(ref syncLock);
        runtime.Locks.Enter(gate, "LazyInitializer lock", site);
        try
        {
            return LazyInitializer.EnsureInitialized(ref target, ref syncLock, valueFactory);
        }
        finally
        {
            Release(gate, site);
        }
    }

    // .NET's own lazy creation of the lock object: whichever caller publishes first wins.
    private static object LockOf([NotNull] ref object? syncLock) =>
        syncLock ?? Interlocked.CompareExchange(ref syncLock, new object(), null) ?? syncLock;

    private static void Release(object gate, string site)
    {
        if (SyncPoints.ActiveForRelease(out _) is { } runtime)
        {
            runtime.Locks.Exit(gate, "LazyInitializer lock", site);
        }
    }
}
