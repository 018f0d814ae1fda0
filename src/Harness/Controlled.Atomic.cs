using System.Runtime.CompilerServices;
using Harness.Hybrid;

namespace Harness;

/// <summary>Atomic sections: stretches of code no other operation interleaves with.</summary>
public static partial class Controlled
{
    /// <summary>
    /// Opens an atomic section, closed when the returned value is disposed: <c>using (Controlled.Atomic()) { ... }</c>.
    /// Inside a harness run no other operation runs until it closes: synchronous scheduling points inside it
    /// (<see cref="Interleave"/>, <see cref="BeforeRead"/>, rewritten locks and accesses) run through without parking,
    /// and accesses inside it are never reported as racing with each other. Use it to model an operation the real
    /// system performs atomically (a database transaction, a compare-and-swap) or to cut down the schedules of a
    /// section whose interleavings do not matter. Sections nest. Two misuses are reported as
    /// <see cref="BugKind.UnhandledException"/> where they happen: an await that suspends inside the section (the
    /// step ends while it is open), and a wait inside it that blocks (a contended lock, an unset event, a <c>Thread.Sleep</c>: time cannot pass while nobody else may run). Choices
    /// (<see cref="Choose"/>) are allowed. Elsewhere it does nothing.
    /// </summary>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <returns>The section; dispose it to close it.</returns>
    public static AtomicSection Atomic([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        SyncPoints.Active() is { } runtime ? new AtomicSection(runtime, runtime.EnterAtomic(SyncPoints.Site(file, line))) : default;
}

/// <summary>An open atomic section (<see cref="Controlled.Atomic"/>); disposing it closes the section.</summary>
public readonly struct AtomicSection : IDisposable, IEquatable<AtomicSection>
{
    private readonly Scheduling.ControlledRuntime? runtime;
    private readonly object? token;

    internal AtomicSection(Scheduling.ControlledRuntime runtime, object token)
    {
        this.runtime = runtime;
        this.token = token;
    }

    /// <summary>Closes the section (one level, when nested). Harmless outside a run and after a reported misuse.</summary>
    public void Dispose()
    {
        if (runtime is { IsOver: false } open && token is not null)
        {
            open.ExitAtomic(token);
        }
    }

    /// <inheritdoc/>
    public bool Equals(AtomicSection other) => ReferenceEquals(token, other.token);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AtomicSection other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => token?.GetHashCode() ?? 0;

    /// <summary>True when both are the same section.</summary>
    /// <param name="left">One section.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(AtomicSection left, AtomicSection right) => left.Equals(right);

    /// <summary>True when they are different sections.</summary>
    /// <param name="left">One section.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AtomicSection left, AtomicSection right) => !left.Equals(right);
}
