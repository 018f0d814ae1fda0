using System.Diagnostics;
using System.Diagnostics.Tracing;

namespace Harness.Diagnostics;

/// <summary>Turns one runtime event raised on the scheduler thread during a step into at most one report to the sink.</summary>
internal static class EscapeClassifier
{
    public static void Classify(IEscapeSink sink, EventWrittenEventArgs e)
    {
        switch (e.EventId)
        {
            case EscapeEvents.TaskWaitBegin when IsFrom(e, EscapeEvents.TplSource):
                // Every await raises this too (behaviour Asynchronous): keep the common case to one payload read.
                if (PayloadInt(e, EscapeEvents.TaskWaitBeginBehaviorIndex) == EscapeEvents.SynchronousWait)
                {
                    sink.OnBlockingWait(EscapeMessages.BlockingWait, new StackTrace(true));
                }

                break;

            case EscapeEvents.TaskScheduled when IsFrom(e, EscapeEvents.TplSource):
                OnTaskScheduled(sink, e);
                break;

            case EscapeEvents.ParallelLoopBegin or EscapeEvents.ParallelInvokeBegin when IsFrom(e, EscapeEvents.ParallelSource):
                sink.OnUncontrolledWork(EscapeMessages.Parallel, new StackTrace(true));
                break;

            case EscapeEvents.ThreadPoolEnqueueWork when IsFrom(e, EscapeEvents.ThreadPoolSource):
                // The payload is only the work item's hash code: who queued it has to come from the stack.
                // A task queued through a TaskScheduler is reported by TaskScheduled when the task events are on.
                if (EscapeStackRules.ClassifyEnqueue(new StackTrace(false)) is { } what
                    && !(what is EscapeMessages.TaskRun or EscapeMessages.ForeignScheduler && EscapeListener.TaskEventsOn))
                {
                    sink.OnThreadPoolWork(what, new StackTrace(true));
                }

                break;

            case EscapeEvents.ThreadTransferSend when IsFrom(e, EscapeEvents.ThreadPoolSource):
                // Not an escape yet: the timer counts only if it can still fire when the iteration looks stuck.
                if (PayloadInt(e, EscapeEvents.ThreadTransferKindIndex) == EscapeEvents.TimerTransfer
                    && e.Payload![EscapeEvents.ThreadTransferIdIndex] is long timerId)
                {
                    sink.OnRealTimer(timerId, PayloadInt(e, EscapeEvents.ThreadTransferDueIndex) ?? -1, new StackTrace(true));
                }

                break;

            default:
                break;
        }
    }

    private static void OnTaskScheduled(IEscapeSink sink, EventWrittenEventArgs e)
    {
        var schedulerId = PayloadInt(e, EscapeEvents.TaskScheduledSchedulerIdIndex);
        if (schedulerId is null || schedulerId == sink.ControlledSchedulerId || EscapeStackRules.RunsInline(new StackTrace(false)))
        {
            return;
        }

        var what = schedulerId == TaskScheduler.Default.Id ? EscapeMessages.TaskRun : EscapeMessages.ForeignScheduler;
        sink.OnUncontrolledWork(what, new StackTrace(true));
    }

    // Source names differ in length, so a mismatch costs a length compare and a match is usually the same string instance.
    private static bool IsFrom(EventWrittenEventArgs e, string source) =>
        string.Equals(e.EventSource.Name, source, StringComparison.Ordinal);

    private static int? PayloadInt(EventWrittenEventArgs e, int index) =>
        e.Payload is { } payload && index < payload.Count && payload[index] is int value ? value : null;
}
