using System.Diagnostics;
using Harness.Diagnostics;
using Harness.Hybrid;

namespace Harness.Scheduling;

/// <summary>
/// Hybrid mode: when an operation reaches a scheduling point inside synchronous code, its thread parks and the
/// scheduling loop goes on on another thread of the iteration. Exactly one thread holds the baton at a time; choosing
/// a parked item hands the baton back to its thread. Pure async code never parks and stays on the runner thread.
/// </summary>
internal sealed partial class ControlledRuntime
{
    // This thread's identity in the iteration it serves: the runner gets one at its first hand-off, workers at start.
    [ThreadStatic]
    private static HybridThread? self;

    // Allocated at the first park: pure async iterations never need them.
    private List<WorkItem>? blocked;
    private Stack<HybridThread>? spares;
    private List<HybridThread>? workers;
    private HybridThread? runnerSelf;
    private SemaphoreSlim? retired;
    private Exception? workerCrash;
    private volatile bool over;

    // True from a hand-off's Wake until the woken thread takes the baton: the loop thread the watchdog samples is
    // then waiting for the harness itself, which on a loaded machine can take longer than its grace.
    private volatile bool handingOff;

    /// <summary>True while the baton is in transit between two threads of the iteration (or the iteration is ending).</summary>
    internal bool IsHandingOff => handingOff;

    /// <summary>True once the iteration is over: synchronous points then unwind the code under test.</summary>
    internal bool IsOver => over;

    /// <summary>
    /// Runs the scheduling loop on this thread. In a loop frame (<paramref name="parked"/> null) it returns when the
    /// iteration is over; at a synchronous point it returns when <paramref name="parked"/> is chosen.
    /// </summary>
    private void Drive(WorkItem? parked)
    {
        while (true)
        {
            if (over)
            {
                if (parked is not null)
                {
                    throw new IterationAbandonedException();
                }

                if (self?.Abort != true)
                {
                    Finish();
                }

                return;
            }

            var item = PickNext();
            if (item is null)
            {
                over = true;
                continue;
            }

            HybridThread me;
            if (item.Kind == WorkKind.Resume)
            {
                BeginResume(item);
                me = Me();
                if (item == parked)
                {
                    TakeBaton(me);
                    return;
                }

                if (parked is null)
                {
                    (spares ??= new()).Push(me);
                }

                handingOff = true;
                item.Parked!.Thread!.Wake();
            }
            else if (parked is null)
            {
                RunStep(item);
                if (!over)
                {
                    AfterStep();
                }

                continue;
            }
            else
            {
                me = Me();
                HandToSpare(item);
            }

            me.Wait();
            if (me.Abort)
            {
                if (parked is not null)
                {
                    throw new IterationAbandonedException();
                }

                return;
            }

            TakeBaton(me);
            if (parked is not null)
            {
                return;
            }

            var command = me.Command!;
            me.Command = null;
            RunStep(command);
            if (!over)
            {
                AfterStep();
            }
        }
    }

    /// <summary>
    /// Ends the current step at a synchronous scheduling point and parks this thread until the strategy picks it
    /// (at once when <paramref name="wait"/> has no blocker, else when the blocker is ready).
    /// </summary>
    internal void Park(ParkedWait wait)
    {
        if (over)
        {
            throw new IterationAbandonedException();
        }

        if (RunsThrough(wait))
        {
            return;
        }

        var operation = running!;
        if (Trace is not null)
        {
            wait.Library = LibraryCode.OfStack(new StackTrace(1, fNeedFileInfo: false));
        }

        wait.Thread = Me();
        wait.ParkedAt = step;
        var item = new WorkItem { Kind = WorkKind.Resume, Operation = operation, FlowId = currentItem!.FlowId, Parked = wait };
        (wait.Blocker is null ? ready : blocked ??= []).Add(item);
        AfterStep();
        running = null;
        EscapeSink.Current = null;
        Drive(item);
        SynchronizationContext.SetSynchronizationContext(new StepContext(this, operation));
        EscapeSink.Current = this;
    }

    /// <summary>True when the calling code is a controlled step that may park here.</summary>
    internal bool CanPark => !over && running is not null && IsSchedulerThread;

    private HybridThread Me() => self ??= runnerSelf = new HybridThread(Thread.CurrentThread, PoolCapture);

    private void TakeBaton(HybridThread me)
    {
        thread = me.Thread;
        handingOff = false;
        activeCapture = me.Capture;
    }

    private void BeginResume(WorkItem item)
    {
        running = item.Operation;
        currentItem = item;
        Trace?.Add(step, Clock.Elapsed, item, Describe(item));
    }

    private void WakeBlocked()
    {
        for (int i = 0; i < blocked!.Count;)
        {
            var item = blocked[i];
            if (item.Parked!.Blocker!.IsReady())
            {
                blocked.RemoveAt(i);
                item.WokenBy = currentItem?.Operation;
                ready.Add(item);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Blocked synchronous waits of <paramref name="operation"/>, for deadlock and leak reports.</summary>
    internal IEnumerable<ParkedWait> BlockedWaits(Operation operation) =>
        blocked?.Where(item => item.Operation == operation).Select(item => item.Parked!) ?? [];
}
