using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// The controlled state of one monitor (an object used with <c>lock</c>/<see cref="Monitor"/>, or a
/// <see cref="Lock"/>) inside one iteration. The real monitor is never taken: ownership is modelled here, so a
/// contended lock is a blocked operation instead of a blocked thread.
/// </summary>
internal sealed class LockState
{
    /// <summary>The thread holding it: monitors are re-entrant per thread, and a synchronous section never changes thread.</summary>
    internal Thread? Owner { get; set; }

    /// <summary>The <see cref="ThreadSegment"/> that took it: code after an await does not own it (in .NET it may run elsewhere).</summary>
    internal int OwnerSegment { get; set; }

    /// <summary>True when the code running now holds it: the same thread, with no await since it was taken.</summary>
    internal bool IsHeldHere => Owner == Thread.CurrentThread && OwnerSegment == ThreadSegment.Current;

    internal Operation? OwnerOperation { get; set; }

    internal string? TakenAt { get; set; }

    internal int Count { get; set; }

    /// <summary>Threads in <see cref="Monitor.Wait(object)"/>, oldest first.</summary>
    internal List<MonitorWaiter> Waiters { get; } = [];

    internal bool IsFree => Owner is null;

    internal string HeldBy() => OwnerOperation is null ? "nobody" : $"'{OwnerOperation.Name}' (taken at {TakenAt})";
}

/// <summary>A thread in Monitor.Wait: it goes on once pulsed and the monitor is free again.</summary>
internal sealed class MonitorWaiter
{
    internal bool Pulsed { get; set; }
}
