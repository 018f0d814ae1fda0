using System.Diagnostics;

namespace Harness.Diagnostics;

/// <summary>
/// The pool caches "is enqueue tracing on" and refreshes it only when a worker starts dispatching (and every 30 ms of
/// dispatching). In a process that used the pool before the listener started, enqueues stay silent until then.
/// </summary>
internal static class ThreadPoolTracing
{
    /// <summary>Queues no-op items until one is seen by the listener; false if that did not happen within the budget.</summary>
    public static bool WaitUntilTraced(TimeSpan budget)
    {
        var probe = new ProbeSink();
        var previous = EscapeSink.Current;
        var clock = Stopwatch.StartNew();
        try
        {
            while (true)
            {
                var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                EscapeSink.Current = probe;
                ThreadPool.UnsafeQueueUserWorkItem(static state => state.TrySetResult(), ran, preferLocal: false);
                EscapeSink.Current = null; // our own wait below must not reach the caller's sink
                if (probe.Seen)
                {
                    return true;
                }

                // Once our item ran, a worker has dispatched since tracing was enabled, so the cache is fresh or soon will be.
                var left = budget - clock.Elapsed;
                if (left <= TimeSpan.Zero || !ran.Task.Wait(left))
                {
                    return false;
                }
            }
        }
        finally
        {
            EscapeSink.Current = previous;
        }
    }

    private sealed class ProbeSink : IEscapeSink
    {
        public bool Seen { get; private set; }

        public int ControlledSchedulerId => -1;

        public void OnUncontrolledWork(string what, StackTrace where) => Seen = true;

        public void OnThreadPoolWork(string what, StackTrace where) => Seen = true;

        public void OnBlockingWait(string what, StackTrace where)
        {
        }
    }
}
