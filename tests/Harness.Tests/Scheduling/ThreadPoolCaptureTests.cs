using Harness.Diagnostics;
using Harness.Scheduling;

namespace Harness.Tests.Scheduling;

public sealed class ThreadPoolCaptureTests
{
    [Fact]
    public void The_runtime_internals_the_pool_capture_reads_are_present()
    {
        Assert.True(ThreadPoolCapture.IsSupported, "the thread pool's local-queue internals were renamed: update ThreadPoolCapture");
        Assert.True(ContinuationTargets.IsSupported, "ContinuationWrapper or AwaitTaskContinuation changed: update ContinuationTargets");
    }

    [Fact]
    public void Work_queued_to_prefer_the_local_queue_is_caught_and_runs_only_when_executed()
    {
        bool ran = false;
        var caught = new List<object>();
        OnDedicatedThread(() =>
        {
            using var capture = ThreadPoolCapture.Install();
            Assert.NotNull(capture);
            ThreadPool.UnsafeQueueUserWorkItem(static flag => flag.Value = true, new StrongBox(), preferLocal: true);
            ThreadPool.UnsafeQueueUserWorkItem(_ => ran = true, (object?)null, preferLocal: true);
            capture.Drain(caught);
            Assert.False(ran);
            foreach (object work in caught)
            {
                ThreadPoolCapture.Execute(work);
            }
        });

        Assert.Equal(2, caught.Count);
        Assert.True(ran);
    }

    [Fact]
    public async Task Work_sent_to_the_global_queue_is_not_caught()
    {
        var done = new TaskCompletionSource();
        var caught = new List<object>();
        OnDedicatedThread(() =>
        {
            using var capture = ThreadPoolCapture.Install();
            ThreadPool.QueueUserWorkItem(_ => done.SetResult());
            capture!.Drain(caught);
        });

        await done.Task;
        Assert.Empty(caught);
    }

    private static void OnDedicatedThread(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
#pragma warning disable CA1031 // Re-thrown on the test's thread.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private sealed class StrongBox
    {
        public bool Value { get; set; }
    }
}
