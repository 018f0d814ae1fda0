using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

/// <summary>A second listener on the same sources and keywords as the escape listener, recording events of one thread.</summary>
internal sealed class ThisThreadEvents : EventListener
{
    [ThreadStatic]
    private static bool recording;

    // Filled from the base constructor too (see OnEventSourceCreated), so it must not depend on this constructor.
    private readonly ConcurrentQueue<EventWrittenEventArgs> events = new();

    public EventWrittenEventArgs Single(string source, int eventId, Action action)
    {
        events.Clear();
        recording = true;
        try
        {
            action();
        }
        finally
        {
            recording = false;
        }

        return Assert.Single(events, e => e.EventSource.Name == source && e.EventId == eventId);
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (EscapeEvents.Subscription(eventSource.Name) is { } subscription)
        {
            EnableEvents(eventSource, subscription.Level, subscription.Keywords);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (recording)
        {
            events.Enqueue(eventData);
        }
    }
}
