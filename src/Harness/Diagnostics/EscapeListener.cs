using System.Diagnostics.Tracing;

namespace Harness.Diagnostics;

/// <summary>
/// Process-wide listener on the runtime's task, parallel and thread-pool events. Managed EventSources call listeners
/// inline on the raising thread, so an event seen while <see cref="EscapeSink.Current"/> is set was raised by the step
/// running on this thread: it is reported to that sink, and every other thread's events cost one thread-static read.
/// The task events (TplEventSource) are on only while some caller holds <see cref="TraceTaskEvents"/>: with them on,
/// the runtime wraps every await continuation and raises an event per await, which doubles the cost of an
/// iteration. Exploration runs without them (the pool events and the pool capture still see every escape, and the
/// watchdog a blocked thread); the traced re-run that writes the report turns them on for exact sites at once.
/// </summary>
internal sealed class EscapeListener : EventListener
{
    private static readonly Lock Gate = new();
    private static EscapeListener? instance;
    private static EventSource? taskSource;
    private static int taskEventHolders;
    private static volatile bool taskEventsOn;

    // A sink or the stack walk may itself raise task events; those must not be reported (or recurse).
    [ThreadStatic]
    private static bool reporting;

    private EscapeListener()
    {
    }

    /// <summary>Starts the listener once per process; returns when thread-pool enqueues are traced, so the first step is covered.</summary>
    public static void EnsureStarted()
    {
        if (Volatile.Read(ref instance) is not null)
        {
            return;
        }

        lock (Gate)
        {
            if (instance is not null)
            {
                return;
            }

            var listener = new EscapeListener();
            ThreadPoolTracing.WaitUntilTraced(TimeSpan.FromSeconds(5));
            Volatile.Write(ref instance, listener);
        }
    }

    /// <summary>
    /// Called from the base constructor for every source that already exists, before this class's constructor has run:
    /// it must use static data only.
    /// </summary>
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == EscapeEvents.TplSource)
        {
            taskSource = eventSource;
        }
        else if (EscapeEvents.Subscription(eventSource.Name) is { } subscription)
        {
            EnableEvents(eventSource, subscription.Level, subscription.Keywords);
        }
    }

    /// <summary>True while the task events are on (some caller holds <see cref="TraceTaskEvents"/>).</summary>
    public static bool TaskEventsOn => taskEventsOn;

    /// <summary>
    /// Turns the task events (Task.Run sites, instant .Wait()/.Result detection) on until the returned scope is
    /// disposed; holders nest and overlap across threads, the events go off when the last one leaves.
    /// </summary>
    public static TaskEventScope TraceTaskEvents()
    {
        EnsureStarted();
        lock (Gate)
        {
            if (taskEventHolders++ == 0 && taskSource is { } source)
            {
                var (level, keywords) = EscapeEvents.Subscription(EscapeEvents.TplSource)!.Value;
                instance!.EnableEvents(source, level, keywords);
                taskEventsOn = true;
            }
        }

        return new TaskEventScope();
    }

    private static void ReleaseTaskEvents()
    {
        lock (Gate)
        {
            if (--taskEventHolders == 0 && taskSource is { } source)
            {
                taskEventsOn = false;
                instance!.DisableEvents(source);
            }
        }
    }

    /// <summary>Keeps the task events on while it is alive.</summary>
    internal readonly struct TaskEventScope : IDisposable
    {
        public void Dispose() => ReleaseTaskEvents();
    }

    /// <summary>Hot path: runs for every task and thread-pool event of the whole process.</summary>
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        var sink = EscapeSink.Current;
        if (sink is null || reporting)
        {
            return;
        }

        reporting = true;
        try
        {
            EscapeClassifier.Classify(sink, eventData);
        }
#pragma warning disable CA1031 // Diagnostics must never change the behaviour of the code under test, whatever the sink does.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            reporting = false;
        }
    }
}
