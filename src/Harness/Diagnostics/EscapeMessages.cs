namespace Harness.Diagnostics;

/// <summary>What the listener tells the sink, one text per kind of escape so reports and tests can match on it.</summary>
internal static class EscapeMessages
{
    public const string TaskRun = "Task.Run / Task.Factory.StartNew queued work to the thread pool";

    public const string ForeignScheduler = "a task was queued to a TaskScheduler the harness does not control";

    public const string Parallel = "Parallel.For/ForEach/Invoke";

    public const string ThreadPool = "work queued to the thread pool (ConfigureAwait(false) continuation, ThreadPool.QueueUserWorkItem, ...)";

    public const string QueueUserWorkItem = "ThreadPool.QueueUserWorkItem / UnsafeQueueUserWorkItem queued work to the thread pool";

    public const string Continuation = "a continuation was queued to the thread pool (await ... ConfigureAwait(false) on an unfinished task, or a continuation forced to run asynchronously)";

    public const string BlockingWait = ".Wait() / .Result / GetAwaiter().GetResult() on an unfinished task";
}
