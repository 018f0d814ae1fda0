using Harness.Interception;

namespace Harness.Tests.Diagnostics;

/// <summary>A TaskScheduler of the user's own is not controlled: the report names it and a fix that exists.</summary>
public sealed class ForeignSchedulerTests
{
    private static readonly ExplorationOptions Once = new() { Iterations = 1 };

    [Fact]
    public void StartNew_on_a_scheduler_pair_is_reported_with_the_schedulers_name_and_the_fix()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            var pair = new ConcurrentExclusiveSchedulerPair();
            await TaskFactoryCalls.StartNew(Task.Factory, () => { }, CancellationToken.None, TaskCreationOptions.None, pair.ExclusiveScheduler, "Pair.cs:4");
        }, Once);

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.Contains("queued a task to ConcurrentExclusiveTaskScheduler", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("pass TaskScheduler.Default in the test", result.Bug.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("to \"Assemblies\"", result.Bug.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_continuation_for_a_custom_scheduler_is_reported_with_the_schedulers_type()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            using var scheduler = new DedicatedThreadScheduler();
            await TaskCalls.ContinueWith(Task.CompletedTask, _ => { }, scheduler, "Custom.cs:5");
        }, Once);

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.Contains("queued a task to DedicatedThreadScheduler", result.Bug!.Summary, StringComparison.Ordinal);
    }

    /// <summary>A scheduler with a thread of its own, as users write them.</summary>
    private sealed class DedicatedThreadScheduler : TaskScheduler, IDisposable
    {
        private readonly System.Collections.Concurrent.BlockingCollection<Task> queue = [];
        private readonly Thread thread;

        public DedicatedThreadScheduler()
        {
            thread = new Thread(() =>
            {
                foreach (var task in queue.GetConsumingEnumerable())
                {
                    TryExecuteTask(task);
                }
            }) { IsBackground = true };
            thread.Start();
        }

        public void Dispose()
        {
            queue.CompleteAdding();
            thread.Join();
            queue.Dispose();
        }

        protected override void QueueTask(Task task) => queue.Add(task);

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

        protected override IEnumerable<Task> GetScheduledTasks() => queue.ToArray();
    }
}
