using System.Diagnostics.Tracing;

namespace Harness.Diagnostics;

/// <summary>
/// The runtime events the escape listener consumes. Names, ids and payload positions were measured on .NET 10 and are
/// pinned by tests (RuntimeEventLayoutTests), because the runtime treats them as diagnostics, not as a contract.
/// </summary>
internal static class EscapeEvents
{
    public const string TplSource = "System.Threading.Tasks.TplEventSource";

    /// <summary>
    /// TaskTransfer alone carries TaskScheduled and TaskWaitBegin. Tasks (0x2) would add TaskStarted for every task of the
    /// process; TasksFlowActivityIds (0x80) and the async-causality keywords change what the runtime does per await.
    /// </summary>
    public const EventKeywords TplKeywords = (EventKeywords)0x1;

    public const int TaskScheduled = 7;

    /// <summary>OriginatingTaskSchedulerID: the scheduler the task is queued to, not the current task's scheduler.</summary>
    public const int TaskScheduledSchedulerIdIndex = 0;

    public const int TaskWaitBegin = 10;

    public const int TaskWaitBeginBehaviorIndex = 3;

    /// <summary>TplEventSource.TaskWaitBehavior.Synchronous; awaits report Asynchronous (2) and are not waits.</summary>
    public const int SynchronousWait = 1;

    /// <summary>Parallel.For/ForEach/Invoke log to their own source in System.Threading.Tasks.Parallel.dll, not to TplEventSource.</summary>
    public const string ParallelSource = "System.Threading.Tasks.Parallel.EventSource";

    public const int ParallelLoopBegin = 1;

    public const int ParallelInvokeBegin = 3;

    public const string ThreadPoolSource = "System.Diagnostics.Eventing.FrameworkEventSource";

    /// <summary>The pool logs enqueues when the source is on at Verbose for ThreadPool (or ThreadTransfer).</summary>
    public const EventKeywords ThreadPoolKeywords = (EventKeywords)0x2;

    public const int ThreadPoolEnqueueWork = 30;

    /// <summary>
    /// ThreadTransfer carries ThreadTransferSend, which a real timer (System.Threading.Timer, Task.Delay and
    /// CancellationTokenSource without a TimeProvider) raises on the arming thread each time it is armed, and
    /// ThreadTransferReceive when it fires (on a timer thread: one thread-static read). Virtual timers raise nothing.
    /// </summary>
    public const EventKeywords ThreadTransferKeywords = (EventKeywords)0x10;

    public const int ThreadTransferSend = 150;

    /// <summary>The timer's identity: the hash code of the runtime's TimerQueueTimer, as a long.</summary>
    public const int ThreadTransferIdIndex = 0;

    public const int ThreadTransferKindIndex = 1;

    /// <summary>The kind TimerQueueTimer.Change passes.</summary>
    public const int TimerTransfer = 1;

    /// <summary>Due time and period in milliseconds (-1: none), as the timer was armed.</summary>
    public const int ThreadTransferDueIndex = 4;

    /// <summary>
    /// What to enable on <paramref name="sourceName"/>, or null for a source the listener ignores. Parallel stays
    /// at Informational: Verbose would add a ParallelFork/Join per worker. The task source is enabled only while
    /// someone holds <see cref="EscapeListener.TraceTaskEvents"/>.
    /// </summary>
    public static (EventLevel Level, EventKeywords Keywords)? Subscription(string sourceName) => sourceName switch
    {
        TplSource => (EventLevel.Informational, TplKeywords),
        ParallelSource => (EventLevel.Informational, EventKeywords.None),
        ThreadPoolSource => (EventLevel.Verbose, ThreadPoolKeywords | ThreadTransferKeywords),
        _ => null,
    };
}
