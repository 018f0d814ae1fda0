namespace Harness.Scheduling;

/// <summary>
/// The synchronization context installed while one step runs. A fresh instance per step means no continuation
/// ever sees "its own" context as current, so every cross-flow wake-up is posted back to the scheduler as a
/// separate decision instead of running inline.
/// </summary>
internal sealed class StepContext(ControlledRuntime runtime, Operation operation) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) => runtime.Post(operation, d, state);

    public override void Send(SendOrPostCallback d, object? state)
    {
        // Synchronous dispatch to the one scheduler thread: run inline when already on it.
        if (!runtime.IsSchedulerThread)
        {
            runtime.OnForeignThreadPost("SynchronizationContext.Send from an uncontrolled thread");
            return;
        }

        d(state);
    }

    public override SynchronizationContext CreateCopy() => this;
}
