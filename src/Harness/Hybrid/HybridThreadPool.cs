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

    /// <summary>Gives <paramref name="first"/> of <paramref name="runtime"/> to an idle worker, or to a new one.</summary>
    internal static HybridThread Run(ControlledRuntime runtime, WorkItem first)
    {
        HybridThread? worker = null;
        lock (Gate)
        {
            Idle.TryPop(out worker);
        }

        if (worker is null)
        {
            var thread = new Thread(static state => Serve((HybridThread)state!)) { IsBackground = true, Name = "harness hybrid" };
            worker = new HybridThread(thread, null);
            worker.Assign(runtime, first);
            thread.Start(worker);
            return worker;
        }

        worker.Assign(runtime, first);
        worker.Wake();
        return worker;
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
