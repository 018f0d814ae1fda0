using System.Reflection;

namespace Harness.Scheduling;

/// <summary>
/// Catches thread-pool work that controlled code queues from the scheduler thread, so it runs as controlled work
/// instead of on a real pool thread. The runtime hops through the pool in many places that user code cannot
/// avoid: <c>ConfigureAwait(false)</c> continuations, Task.WhenAny/WhenAll over tasks that complete
/// asynchronously (every Task.Delay), TaskCompletionSource with RunContinuationsAsynchronously.
/// <para>
/// How: the pool pushes work queued by one of its own threads onto that thread's local work-stealing queue. The
/// scheduler thread gets such a queue too, but unregistered, so no pool worker can steal from it; after every
/// step the runtime pops what landed there. Work the pool sends to its global queue is not caught (the escape
/// listener reports it). This reads runtime internals, pinned by tests; when they are missing it degrades to
/// reporting those hops as uncontrolled concurrency.
/// </para>
/// </summary>
internal sealed class ThreadPoolCapture : IDisposable
{
    private const BindingFlags Internal = BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly Type? LocalsType = typeof(ThreadPool).Assembly.GetType("System.Threading.ThreadPoolWorkQueueThreadLocals");
    private static readonly FieldInfo? CurrentLocals = LocalsType?.GetField("threadLocals", Internal | BindingFlags.Static);
    private static readonly FieldInfo? StealingQueue = LocalsType?.GetField("workStealingQueue", Internal | BindingFlags.Instance);
    private static readonly FieldInfo? GlobalQueue = typeof(ThreadPool).GetField("s_workQueue", Internal | BindingFlags.Static);
    private static readonly Type? QueueList = GlobalQueue?.FieldType.GetNestedType("WorkStealingQueueList", Internal);
    private static readonly MethodInfo? Unregister = QueueList?.GetMethod("Remove", Internal | BindingFlags.Static);
    private static readonly MethodInfo? Pop = StealingQueue?.FieldType.GetMethod("LocalPop", Internal | BindingFlags.Instance);
    private static readonly MethodInfo? TaskFromPool = typeof(Task).GetMethod("ExecuteFromThreadPool", Internal | BindingFlags.Instance);
    private static readonly Action<Task, Thread>? RunTaskItem = TaskFromPool?.CreateDelegate<Action<Task, Thread>>();

    private readonly Func<object?> pop;

    private ThreadPoolCapture(Func<object?> pop) => this.pop = pop;

    /// <summary>True when every runtime internal this needs is present on the running .NET version.</summary>
    internal static bool IsSupported =>
        CurrentLocals is not null && StealingQueue is not null && GlobalQueue is not null && Unregister is not null
        && Pop is not null && RunTaskItem is not null;

    /// <summary>Gives the current (dedicated, non-pool) thread a private local queue; null when unsupported.</summary>
    internal static ThreadPoolCapture? Install()
    {
        if (!IsSupported || CurrentLocals!.GetValue(null) is not null)
        {
            return null;
        }

        object locals = Activator.CreateInstance(LocalsType!, Internal | BindingFlags.Instance, null, [GlobalQueue!.GetValue(null)], null)!;
        object queue = StealingQueue!.GetValue(locals)!;
        Unregister!.Invoke(null, [queue]);
        GC.SuppressFinalize(locals); // its finalizer would hand leftovers to the real pool
        CurrentLocals.SetValue(null, locals);
        return new ThreadPoolCapture(Pop!.CreateDelegate<Func<object?>>(queue));
    }

    /// <summary>Moves everything queued since the last call into <paramref name="items"/>, oldest first.</summary>
    internal void Drain(List<object> items)
    {
        int start = items.Count;
        while (pop() is { } item)
        {
            items.Add(item);
        }

        items.Reverse(start, items.Count - start); // the local queue pops newest first
    }

    /// <summary>Runs a caught item the way a pool thread would.</summary>
    internal static void Execute(object item)
    {
        if (item is Task task)
        {
            RunTaskItem!(task, Thread.CurrentThread);
        }
        else
        {
            ((IThreadPoolWorkItem)item).Execute();
        }
    }

    public void Dispose() => CurrentLocals!.SetValue(null, null);
}
