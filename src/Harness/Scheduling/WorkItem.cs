using Harness.Hybrid;
using Harness.Time;

namespace Harness.Scheduling;

/// <summary>What a ready work item does when the strategy picks it.</summary>
internal enum WorkKind
{
    /// <summary>The first step of a spawned operation (a task queued to the controlled task scheduler).</summary>
    Start,

    /// <summary>A callback posted to the step context: an await continuation, Task.Yield, async void plumbing.</summary>
    Continuation,

    /// <summary>A virtual timer whose due time has come.</summary>
    Timer,

    /// <summary>Thread-pool work queued by a step and caught before any pool thread saw it.</summary>
    PoolItem,

    /// <summary>Under TimerRaces: the clock jumps to the next timer while other work is still ready, as if that work were slow.</summary>
    TimerRace,

    /// <summary>An operation's thread parked at a synchronous scheduling point (hybrid mode): running it hands that thread the baton.</summary>
    Resume,

    /// <summary>One value of a <see cref="Controlled.Choose"/>: offered to the strategy, never run.</summary>
    Choice,
}

/// <summary>
/// One schedulable unit. <see cref="FlowId"/> identifies the logical flow it continues (an async method
/// invocation, a timer, an operation's start) so strategies such as PCT can keep priorities per flow.
/// </summary>
internal sealed class WorkItem
{
    internal required WorkKind Kind { get; init; }

    internal required Operation Operation { get; init; }

    internal required int FlowId { get; init; }

    internal SendOrPostCallback? Callback { get; init; }

    internal object? State { get; init; }

    internal Task? Task { get; init; }

    internal VirtualTimer? Timer { get; init; }

    internal int TimerVersion { get; init; }

    /// <summary>
    /// The operation whose step made this item ready (posted the continuation, started the operation, released
    /// the blocked wait); null for timers and for work made ready before any step. Read by traced runs' diagrams.
    /// </summary>
    internal Operation? WokenBy { get; set; }

    /// <summary>For <see cref="WorkKind.Resume"/>: the synchronous point the operation's thread is parked at.</summary>
    internal ParkedWait? Parked { get; init; }
}
