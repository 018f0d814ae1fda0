using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// Idle hybrid worker threads, kept between iterations (and tests): starting a thread costs far more than a hand-off,
/// and an exploration runs thousands of iterations. Each worker has its own private pool queue for its whole life.
/// </summary>
internal static class HybridThreadPool
{
    private static readonly Lock Gate = new();
    private static readonly Stack<HybridThread> Idle = new();

    /// <summary>
    /// Gives <paramref name="first"/> of <paramref name="runtime"/> to an idle worker, or to a new one. The worker is
    /// added to <paramref name="workers"/> before it starts: once started it may end the iteration and walk the
    /// iteration's workers at once, so it must already be among them.
    /// </summary>
    internal static void Run(ControlledRuntime runtime, WorkItem first, List<HybridThread> workers)
    {
        HybridThread? worker = null;
        lock (Gate)
        {
            Idle.TryPop(out worker);
        }

        bool isNew = worker is null;
        worker ??= new HybridThread(new Thread(static state => Serve((HybridThread)state!)) { IsBackground = true, Name = "harness hybrid" }, null);
        workers.Add(worker);
        worker.Assign(runtime, first);
        if (isNew)
        {
            worker.Thread.Start(worker);
        }
        else
        {
            worker.Wake();
        }
    }

    private static void Serve(HybridThread me)
    {
        me.OwnCapture = ThreadPoolCapture.Install();
        while (true)
        {
            // A wake with nothing assigned is a stray signal (a late hand-off of an iteration the watchdog abandoned):
            // the worker is already idle, so it just waits again.
            if (me.TakeAssignment() is { } work)
            {
                work.Runtime.Serve(me, work.First);
                lock (Gate)
                {
                    Idle.Push(me);
                }
            }

            me.Wait();
        }
    }
}
