using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// One real thread of an iteration in hybrid mode. Exactly one of them holds the baton and runs; the others wait on
/// their own signal, either parked inside synchronous code of an operation (a ready or blocked item of it) or idle
/// as a spare, ready to continue the scheduling loop when the running thread parks.
/// </summary>
internal sealed class HybridThread(Thread thread, ThreadPoolCapture? capture)
{
    // Never disposed: a finished iteration's threads may still be leaving; without a wait handle it holds no OS resource.
    private readonly SemaphoreSlim signal = new(0);

    internal Thread Thread => thread;

    /// <summary>This thread's private pool queue: work a step queues lands on the queue of the thread running it.</summary>
    internal ThreadPoolCapture? Capture { get; set; } = capture;

    /// <summary>For a spare: the work item to run when woken; null when woken to leave.</summary>
    internal WorkItem? Command { get; set; }

    /// <summary>Set when the iteration is over and the thread must unwind and leave.</summary>
    internal bool Abort { get; set; }

    /// <summary>The pool's own capture, kept for the thread's life; <see cref="Capture"/> is what the current iteration uses.</summary>
    internal ThreadPoolCapture? OwnCapture { get; set; }

    private Assignment? assignment;

    /// <summary>Hands a pooled worker to an iteration, with the first item it runs.</summary>
    internal void Assign(ControlledRuntime runtime, WorkItem first)
    {
        Abort = false;
        Command = null;
        Volatile.Write(ref assignment, new Assignment(runtime, first));
    }

    /// <summary>The iteration this pooled worker was handed, once; null when it was woken with nothing to do.</summary>
    internal Assignment? TakeAssignment() => Interlocked.Exchange(ref assignment, null);

    /// <summary>Gives the baton to this thread.</summary>
    internal void Wake() => signal.Release();

    /// <summary>Waits for the baton.</summary>
    internal void Wait() => signal.Wait();

    internal sealed record Assignment(ControlledRuntime Runtime, WorkItem First);
}
