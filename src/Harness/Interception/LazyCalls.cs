using System.Reflection;
using System.Runtime.CompilerServices;
using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect target for <see cref="Lazy{T}.Value"/>. Under <see cref="LazyThreadSafetyMode.ExecutionAndPublication"/>
/// .NET runs the factory inside a real monitor; an operation parked inside the factory (at a rewritten field
/// access, say) would leave a second reader blocked on that monitor for real, which the scheduler cannot see. So
/// inside a run the read first takes a lock of the model, one per <see cref="Lazy{T}"/>: the second reader parks
/// there as a blocked operation, and by the time it reaches the real <see cref="Lazy{T}.Value"/> the monitor is
/// free. The real <see cref="Lazy{T}"/> still runs the factory, caches its value or exception, and detects a
/// factory that reads its own Value, so every observable result is .NET's. PublicationOnly and None take no lock in
/// .NET and none here: racing factories run, and the first value published wins.
/// </summary>
public static class LazyCalls
{
    // One model lock per Lazy, never the Lazy itself: user code locking on the Lazy object must not contend with it.
    private static readonly ConditionalWeakTable<object, object> Gates = [];

    /// <summary>Stands in for the <see cref="Lazy{T}.Value"/> getter.</summary>
    /// <typeparam name="T">The lazily created value's type.</typeparam>
    /// <param name="lazy">The receiver.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The value, exactly as <see cref="Lazy{T}.Value"/> returns (or throws) it.</returns>
    public static T Value<T>(Lazy<T> lazy, string site)
    {
        if (lazy.IsValueCreated || SyncPoints.Active() is not { } runtime || LazyModes.Of(lazy) != LazyThreadSafetyMode.ExecutionAndPublication)
        {
            return lazy.Value;
        }

        object gate = Gates.GetValue(lazy, static _ => new object());
        runtime.Locks.Enter(gate, "Lazy<T>.Value", site);
        try
        {
            return lazy.Value;
        }
        finally
        {
            if (SyncPoints.ActiveForRelease(out _) is { } active)
            {
                active.Locks.Exit(gate, "Lazy<T>.Value", site);
            }
        }
    }
}

/// <summary>
/// The thread-safety mode of a <see cref="Lazy{T}"/>, read from its internal <c>Mode</c> property (null once the
/// value is created). <c>LazyCallsTests</c> pins the name; if a .NET update removes it, every uncreated Lazy is
/// taken to lock (ExecutionAndPublication, the default): a PublicationOnly factory is then not run twice, which can
/// miss that bug but never reports one that is not there.
/// </summary>
internal static class LazyModes
{
    internal static LazyThreadSafetyMode? Of<T>(Lazy<T> lazy) =>
        Property<T>.Mode is { } mode ? (LazyThreadSafetyMode?)mode.GetValue(lazy) : LazyThreadSafetyMode.ExecutionAndPublication;

    internal static bool Readable<T>() => Property<T>.Mode is not null;

    private static class Property<T>
    {
        internal static readonly PropertyInfo? Mode = typeof(Lazy<T>).GetProperty("Mode", BindingFlags.NonPublic | BindingFlags.Instance) is { PropertyType: var type } property
            && type == typeof(LazyThreadSafetyMode?) ? property : null;
    }
}
