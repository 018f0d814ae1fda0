using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Reflection;

namespace Harness.Diagnostics;

/// <summary>
/// Decisions that the event payloads cannot make (who queued a work item, whether a task runs inline), taken from the
/// framework frames between the event and the user's call. Rules hold with and without JIT inlining (measured at tier 0,
/// tier 1 with PGO, and full opts without ReadyToRun): they only rely on non-inlinable frames or on either of two shapes.
/// </summary>
internal static class EscapeStackRules
{
    private const string ThreadPoolWorkQueue = "System.Threading.ThreadPoolWorkQueue";

    /// <summary>TaskScheduled is also raised when a task is run inline (RunSynchronously, a Wait that inlines): no escape.</summary>
    public static bool RunsInline(StackTrace trace)
    {
        var frames = trace.GetFrames();
        for (var i = SkipPlumbing(frames); i < frames.Length && IsQueuingFrame(frames[i]); i++)
        {
            var method = frames[i].GetMethod();
            if (Is(method, typeof(Task), "InternalRunSynchronously") || Is(method, typeof(TaskScheduler), "TryRunInline"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a ThreadPoolEnqueueWork on the scheduler thread means, or null when it must not be reported.</summary>
    public static string? ClassifyEnqueue(StackTrace trace)
    {
        var frames = trace.GetFrames();
        var start = SkipPlumbing(frames);
        var end = start;
        while (end < frames.Length && IsQueuingFrame(frames[end]))
        {
            if (QueuesTaskToScheduler(frames[end].GetMethod()))
            {
                // With the task events on, TaskScheduled reports this too, with the same text and user frame.
                return QueuedByDefaultScheduler(frames, end) ? EscapeMessages.TaskRun : EscapeMessages.ForeignScheduler;
            }

            end++;
        }

        if (start == end)
        {
            return EscapeMessages.QueueUserWorkItem; // the pool API was called (or inlined) straight from user code
        }

        var caller = start;
        while (caller < end && frames[caller].GetMethod()?.DeclaringType?.Name == "ChannelUtilities")
        {
            caller++; // channels queue through a helper the JIT may or may not inline
        }

        var method = caller < end ? frames[caller].GetMethod() : null;
        if (IsChannelCancellationHousekeeping(method))
        {
            return null;
        }

        var type = method?.DeclaringType;
        return type?.Namespace?.StartsWith("System.Threading.Tasks", StringComparison.Ordinal) == true
            || (type?.Namespace == "System.Threading.Channels" && type.Name.StartsWith("AsyncOperation", StringComparison.Ordinal))
            ? EscapeMessages.Continuation
            : EscapeMessages.ThreadPool;
    }

    /// <summary>
    /// The one allowed enqueue: since .NET 10 a channel's cancellation callback (&lt;get_CancellationCallbackDelegate&gt;b__N
    /// on UnboundedChannel`1, BoundedChannel`1, ...) queues a work item that takes the channel lock and unlinks the
    /// cancelled operation from its waiter list. The cancelled ReadAsync/WriteAsync itself completes on the scheduler;
    /// the work item only frees memory, so it changes no interleaving the code under test can observe.
    /// </summary>
    private static bool IsChannelCancellationHousekeeping(MethodBase? method) =>
        method?.DeclaringType?.Namespace == "System.Threading.Channels"
        && method.Name.StartsWith("<get_CancellationCallbackDelegate>", StringComparison.Ordinal);

    private static bool QueuesTaskToScheduler(MethodBase? method) =>
        method?.DeclaringType is { } type
        && (typeof(TaskScheduler).IsAssignableFrom(type)
            || Is(method, typeof(Task), "ScheduleAndStart")
            || method.Name == "InlineIfPossibleOrElseQueue");

    private static bool QueuedByDefaultScheduler(StackFrame[] frames, int from)
    {
        for (int i = from; i < frames.Length && IsQueuingFrame(frames[i]); i++)
        {
            if (frames[i].GetMethod()?.DeclaringType is { } type && typeof(TaskScheduler).IsAssignableFrom(type))
            {
                return type == TaskScheduler.Default.GetType();
            }
        }

        return true; // Task.ScheduleAndStart inlined the default scheduler's QueueTask
    }

    /// <summary>Our own frames, then EventSource's dispatch, then the pool's queueing internals, in that order.</summary>
    private static int SkipPlumbing(StackFrame[] frames)
    {
        var i = 0;
        while (i < frames.Length && frames[i].GetMethod()?.DeclaringType is { } type && EscapeSite.IsHarness(type))
        {
            i++;
        }

        while (i < frames.Length && frames[i].GetMethod()?.DeclaringType is { } type
            && (type.Namespace == "System.Diagnostics.Tracing" || type.IsSubclassOf(typeof(EventSource))))
        {
            i++;
        }

        while (i < frames.Length && frames[i].GetMethod()?.DeclaringType is { } type
            && (type == typeof(ThreadPool) || type.FullName == ThreadPoolWorkQueue))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// A framework frame between the user's call and the event. A frame where a task body runs ends that stretch: what
    /// lies beyond it (say, the RunSynchronously that runs a Parallel worker inline) is about another task.
    /// </summary>
    private static bool IsQueuingFrame(StackFrame frame) =>
        frame.GetMethod() is { DeclaringType: { } type } method
        && EscapeSite.IsFramework(type)
        && !(typeof(Task).IsAssignableFrom(type) && method.Name is "InnerInvoke" or "ExecuteWithThreadLocal" or "ExecuteEntry"
            or "ExecuteEntryUnsafe" or "ExecuteFromThreadPool");

    private static bool Is(MethodBase? method, Type declaringType, string name) =>
        method?.DeclaringType == declaringType && method.Name == name;
}
