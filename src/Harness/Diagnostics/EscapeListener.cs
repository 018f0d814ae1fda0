using System.Diagnostics.Tracing;

namespace Harness.Diagnostics;

/// <summary>
/// Process-wide listener on the runtime's task, parallel and thread-pool events. Managed EventSources call listeners
/// inline on the raising thread, so an event seen while <see cref="EscapeSink.Current"/> is set was raised by the step
/// running on this thread: it is reported to that sink, and every other thread's events cost one thread-static read.
/// </summary>
internal sealed class EscapeListener : EventListener
{
    private static readonly Lock Gate = new();
    private static EscapeListener? instance;

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
        if (EscapeEvents.Subscription(eventSource.Name) is { } subscription)
        {
            EnableEvents(eventSource, subscription.Level, subscription.Keywords);
        }
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
