using Harness.Diagnostics;
using Harness.Hybrid;

namespace Harness.Scheduling;

/// <summary>
/// The other threads of a hybrid iteration: a spare (or a pooled worker) continues the loop when the running thread
/// parks, and at the end every one of them unwinds and leaves before the runner thread returns.
/// </summary>
internal sealed partial class ControlledRuntime
{
    private void HandToSpare(WorkItem item)
    {
        handingOff = true;
        if (spares is not null && spares.TryPop(out var spare))
        {
            spare.Command = item;
            spare.Wake();
            return;
        }

        retired ??= new SemaphoreSlim(0);
        HybridThreadPool.Run(this, item, workers ??= []);
    }

    /// <summary>A pooled worker's part in this iteration: runs its first item, then the loop, until told to leave.</summary>
    internal void Serve(HybridThread me, WorkItem first)
    {
        self = me;
        current = this;
        me.Capture = PoolCapture is null ? null : me.OwnCapture;
        try
        {
            TakeBaton(me);
            RunStep(first);
            if (!over)
            {
                AfterStep();
            }

            Drive(null);
        }
#pragma warning disable CA1031 // A harness fault on a worker must reach the runner thread, not crash the process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            workerCrash ??= e;
            over = true;
            Finish();
        }
        finally
        {
            if (me.Capture is { } capture)
            {
                // Pool work queued while unwinding belongs to no iteration.
                var leftovers = new List<object>();
                capture.Drain(leftovers);
            }

            self = null;
            current = null;
            EscapeSink.Current = null;
            SynchronizationContext.SetSynchronizationContext(null);
            if (me.Abort)
            {
                retired!.Release();
            }
        }
    }

    /// <summary>
    /// Run by the thread that saw the iteration end, in its loop frame: every other worker unwinds and leaves, one
    /// at a time, and the runner thread goes last so that <see cref="Run"/> returns only when all is quiet.
    /// </summary>
    private void Finish()
    {
        handingOff = true;
        var me = self;
        foreach (var worker in workers ?? [])
        {
            if (worker != me)
            {
                thread = worker.Thread;
                worker.Abort = true;
                worker.Wake();
                retired!.Wait();
            }
        }

        if (Thread.CurrentThread != runner)
        {
            thread = runner;
            runnerSelf!.Abort = true;
            runnerSelf.Wake();
        }
    }

    /// <summary>Pool work queued while parked threads unwound belongs to no iteration.</summary>
    private void DiscardLeftoverPoolWork()
    {
        if (workers is not null && PoolCapture is not null)
        {
            PoolCapture.Drain(caught);
            caught.Clear();
        }

        if (workerCrash is { } crash)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(crash);
        }
    }
}
