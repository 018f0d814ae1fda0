namespace Harness;

/// <summary>The kinds of bug the harness reports. Each has its own detector and its own verdict text.</summary>
public enum BugKind
{
    /// <summary>An operation threw an exception nobody observed, or the test body threw.</summary>
    UnhandledException,

    /// <summary>A failed <see cref="Invariant.Assert"/> or xUnit assertion: a lost update shows up here.</summary>
    AssertionFailure,

    /// <summary>The test body cannot finish: nothing is ready, no timer is pending, operations are blocked.</summary>
    Deadlock,

    /// <summary>The test body finished but operations are still blocked or pending (Go's goroutine leak).</summary>
    LeakedTask,

    /// <summary>The test body finished with virtual timers still armed (a CancellationTokenSource never disposed).</summary>
    LeakedTimer,

    /// <summary>Work escaped the scheduler: Task.Run, ConfigureAwait(false), Parallel.For, a real timer.</summary>
    UncontrolledConcurrency,

    /// <summary>The iteration exceeded the step bound: a livelock or a loop that never exits.</summary>
    StepBoundReached,

    /// <summary>Controlled code blocked the scheduler thread: .Wait(), .Result, Thread.Sleep, a contended lock.</summary>
    BlockingWait,

    /// <summary>
    /// Two operations accessed the same field or collection, at least one writing, with nothing ordering the two
    /// accesses (no common lock, no await or join between them): found even when the schedule lost no update.
    /// </summary>
    DataRace,
}
