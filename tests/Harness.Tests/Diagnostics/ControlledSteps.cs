using System.Runtime.CompilerServices;
using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

/// <summary>
/// Runs delegates the way the harness runs a step: on the current thread, under a fresh SynchronizationContext, with
/// <see cref="EscapeSink.Current"/> set and the task events on (as in the harness's traced runs). Continuations
/// posted to any step's context are run before the step ends.
/// </summary>
internal sealed class ControlledSteps
{
    private readonly Lock gate = new();
    private readonly Queue<(SendOrPostCallback Callback, object? State)> posted = new();

    public ControlledSteps()
    {
        EscapeListener.EnsureStarted();
        Sink = new RecordingSink(Scheduler.Id);
    }

    /// <summary>Stands in for the runtime's own scheduler: its id is the sink's ControlledSchedulerId.</summary>
    public ManualTaskScheduler Scheduler { get; } = new();

    public RecordingSink Sink { get; }

    public static int LineHere([CallerLineNumber] int line = 0) => line;

    public void Step(Action body)
    {
        var previousContext = SynchronizationContext.Current;
        var previousSink = EscapeSink.Current;
        using var taskEvents = EscapeListener.TraceTaskEvents();
        SynchronizationContext.SetSynchronizationContext(new StepContext(this));
        EscapeSink.Current = Sink;
        try
        {
            body();
            RunPosted();
        }
        finally
        {
            EscapeSink.Current = previousSink;
            SynchronizationContext.SetSynchronizationContext(previousContext);
        }
    }

    private void RunPosted()
    {
        while (true)
        {
            (SendOrPostCallback Callback, object? State) next;
            lock (gate)
            {
                if (!posted.TryDequeue(out next))
                {
                    return;
                }
            }

            next.Callback(next.State);
        }
    }

    private sealed class StepContext(ControlledSteps owner) : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
            lock (owner.gate)
            {
                owner.posted.Enqueue((d, state));
            }
        }

        public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException();

        public override SynchronizationContext CreateCopy() => this;
    }
}
