namespace Harness.Rewriter.Redirects;

/// <summary>
/// Every BCL method the rewriter redirects, one row each. A row whose target class or overload does not exist in
/// the harness being built against is skipped, so a row can be added before its target. The awaiters'
/// GetResult is redirected only where user code calls it (<c>.GetAwaiter().GetResult()</c>), never in the
/// MoveNext of an async method, where every await calls it on a finished task (<see cref="Rewriting.CallSiteRewriter"/>).
/// </summary>
internal static class RedirectTable
{
    private const string Task = "System.Threading.Tasks.Task";
    private const string TaskOfT = "System.Threading.Tasks.Task`1";
    private const string ValueTask = "System.Threading.Tasks.ValueTask";
    private const string ValueTaskOfT = "System.Threading.Tasks.ValueTask`1";
    private const string Dictionary = "System.Collections.Generic.Dictionary`2";
    private const string List = "System.Collections.Generic.List`1";
    private const string HashSet = "System.Collections.Generic.HashSet`1";
    private const string ReaderWriterLockSlim = "System.Threading.ReaderWriterLockSlim";

    internal static IReadOnlyList<Redirect> Rows { get; } =
    [
        // Async family.
        new(Task, "Run", "TaskCalls"),
        new(Task, "Delay", "TaskCalls"),
        new(Task, "WhenAll", "TaskCalls"),
        new(Task, "WhenAny", "TaskCalls"),
        new(Task, "ConfigureAwait", "TaskCalls"),
        new(Task, "WaitAsync", "TaskCalls"),
        new(TaskOfT, "ConfigureAwait", "TaskCalls"),
        new(TaskOfT, "WaitAsync", "TaskCalls"),
        new("System.Threading.Tasks.TaskFactory", "StartNew", "TaskFactoryCalls"),
        new(ValueTask, "ConfigureAwait", "ValueTaskCalls", ByRefReceiver: true),
        new(ValueTaskOfT, "ConfigureAwait", "ValueTaskCalls", ByRefReceiver: true),
        new("System.Threading.CancellationTokenSource", ".ctor", "CancellationTokenSourceCalls"),
        new("System.Threading.PeriodicTimer", ".ctor", "PeriodicTimerCalls"),
        new("System.Threading.SemaphoreSlim", "WaitAsync", "SemaphoreSlimCalls"),
        new("System.Threading.Channels.ChannelReader`1", "ReadAllAsync", "ChannelReaderCalls"),

        // Synchronous family (scheduling points of the hybrid mode).
        new("System.Threading.Monitor", "Enter", "MonitorCalls"),
        new("System.Threading.Monitor", "TryEnter", "MonitorCalls"),
        new("System.Threading.Monitor", "Exit", "MonitorCalls"),
        new("System.Threading.Monitor", "Wait", "MonitorCalls"),
        new("System.Threading.Monitor", "Pulse", "MonitorCalls"),
        new("System.Threading.Monitor", "PulseAll", "MonitorCalls"),
        new("System.Threading.Monitor", "IsEntered", "MonitorCalls"),
        new("System.Threading.Lock", "Enter", "LockCalls"),
        new("System.Threading.Lock", "TryEnter", "LockCalls"),
        new("System.Threading.Lock", "Exit", "LockCalls"),
        new("System.Threading.Lock", "EnterScope", "LockCalls"),
        new("System.Threading.Lock/Scope", "Dispose", "LockCalls", "DisposeScope", ByRefReceiver: true),
        new("System.Threading.Thread", "Sleep", "ThreadCalls"),
        new("System.Threading.Thread", "Yield", "ThreadCalls"),
        new("System.Threading.Thread", "SpinWait", "ThreadCalls"),
        new("System.Threading.SpinWait", "SpinOnce", "SpinWaitCalls", ByRefReceiver: true),
        new("System.Threading.SpinWait", "SpinUntil", "SpinWaitCalls"),
        new("System.Threading.WaitHandle", "WaitOne", "WaitHandleCalls"),
        new("System.Threading.WaitHandle", "WaitAll", "WaitHandleCalls"),
        new("System.Threading.WaitHandle", "WaitAny", "WaitHandleCalls"),

        // Issue 12: mutex, reader-writer lock, SignalAndWait, Parallel loop state
        new("System.Threading.Mutex", ".ctor", "MutexCalls"),
        new("System.Threading.Mutex", "ReleaseMutex", "MutexCalls"),
        new("System.Threading.WaitHandle", "SignalAndWait", "WaitHandleCalls"),
        new("System.Threading.ReaderWriterLock", "AcquireReaderLock", "ReaderWriterLockCalls"),
        new("System.Threading.ReaderWriterLock", "AcquireWriterLock", "ReaderWriterLockCalls"),
        new("System.Threading.ReaderWriterLock", "UpgradeToWriterLock", "ReaderWriterLockCalls"),
        new("System.Threading.ReaderWriterLock", "ReleaseReaderLock", "ReaderWriterLockCalls"),
        new("System.Threading.ReaderWriterLock", "ReleaseWriterLock", "ReaderWriterLockCalls"),
        new("System.Threading.ReaderWriterLock", "DowngradeFromWriterLock", "ReaderWriterLockCalls"),
        new("System.Threading.ReaderWriterLock", "ReleaseLock", "ReaderWriterLockCalls"),
        new("System.Threading.ReaderWriterLock", "RestoreLock", "ReaderWriterLockCalls"),
        new("System.Threading.ReaderWriterLock", "get_IsReaderLockHeld", "ReaderWriterLockCalls", "IsReaderLockHeld"),
        new("System.Threading.ReaderWriterLock", "get_IsWriterLockHeld", "ReaderWriterLockCalls", "IsWriterLockHeld"),
        new("System.Threading.ReaderWriterLock", "get_WriterSeqNum", "ReaderWriterLockCalls", "WriterSeqNum"),
        new("System.Threading.ReaderWriterLock", "AnyWritersSince", "ReaderWriterLockCalls"),
        new("System.Threading.SemaphoreSlim", "Wait", "SemaphoreSlimCalls"),
        new("System.Threading.ManualResetEventSlim", "Wait", "ManualResetEventSlimCalls"),
        new("System.Threading.CountdownEvent", "Wait", "CountdownEventCalls"),
        new("System.Threading.CountdownEvent", "Signal", "CountdownEventCalls"),
        new(ReaderWriterLockSlim, "EnterReadLock", "ReaderWriterLockSlimCalls"),
        new(ReaderWriterLockSlim, "TryEnterReadLock", "ReaderWriterLockSlimCalls"),
        new(ReaderWriterLockSlim, "ExitReadLock", "ReaderWriterLockSlimCalls"),
        new(ReaderWriterLockSlim, "EnterUpgradeableReadLock", "ReaderWriterLockSlimCalls"),
        new(ReaderWriterLockSlim, "TryEnterUpgradeableReadLock", "ReaderWriterLockSlimCalls"),
        new(ReaderWriterLockSlim, "ExitUpgradeableReadLock", "ReaderWriterLockSlimCalls"),
        new(ReaderWriterLockSlim, "EnterWriteLock", "ReaderWriterLockSlimCalls"),
        new(ReaderWriterLockSlim, "TryEnterWriteLock", "ReaderWriterLockSlimCalls"),
        new(ReaderWriterLockSlim, "ExitWriteLock", "ReaderWriterLockSlimCalls"),
        new(ReaderWriterLockSlim, "get_IsReadLockHeld", "ReaderWriterLockSlimCalls", "IsReadLockHeld"),
        new(ReaderWriterLockSlim, "get_IsUpgradeableReadLockHeld", "ReaderWriterLockSlimCalls", "IsUpgradeableReadLockHeld"),
        new(ReaderWriterLockSlim, "get_IsWriteLockHeld", "ReaderWriterLockSlimCalls", "IsWriteLockHeld"),
        new(ReaderWriterLockSlim, "get_CurrentReadCount", "ReaderWriterLockSlimCalls", "CurrentReadCount"),
        new("System.Threading.Barrier", "SignalAndWait", "BarrierCalls"),
        new("System.Threading.Barrier", "get_CurrentPhaseNumber", "BarrierCalls", "CurrentPhaseNumber"),
        new("System.Threading.Barrier", "get_ParticipantsRemaining", "BarrierCalls", "ParticipantsRemaining"),
        new(Task, "Wait", "BlockingTaskCalls"),
        new(Task, "WaitAll", "BlockingTaskCalls"),
        new(Task, "WaitAny", "BlockingTaskCalls"),
        new(TaskOfT, "get_Result", "BlockingTaskCalls", "Result"),
        new("System.Runtime.CompilerServices.TaskAwaiter", "GetResult", "BlockingTaskCalls", ByRefReceiver: true),
        new("System.Runtime.CompilerServices.TaskAwaiter`1", "GetResult", "BlockingTaskCalls", ByRefReceiver: true),

        // Parallel loops: the overloads without a partitioner have a target (ParallelCalls).
        new("System.Threading.Tasks.Parallel", "Invoke", "ParallelCalls"),
        new("System.Threading.Tasks.Parallel", "For", "ParallelCalls"),
        new("System.Threading.Tasks.Parallel", "ForEach", "ParallelCalls"),

        // Non-thread-safe collections: a shared-memory hook, then the real member.
        new(Dictionary, "get_Item", "DictionaryCalls", "GetItem"),
        new(Dictionary, "set_Item", "DictionaryCalls", "SetItem"),
        new(Dictionary, "Add", "DictionaryCalls"),
        new(Dictionary, "TryAdd", "DictionaryCalls"),
        new(Dictionary, "Remove", "DictionaryCalls"),
        new(Dictionary, "TryGetValue", "DictionaryCalls"),
        new(Dictionary, "ContainsKey", "DictionaryCalls"),
        new(Dictionary, "Clear", "DictionaryCalls"),
        new(Dictionary, "get_Count", "DictionaryCalls", "Count"),
        new(List, "get_Item", "ListCalls", "GetItem"),
        new(List, "set_Item", "ListCalls", "SetItem"),
        new(List, "Add", "ListCalls"),
        new(List, "Remove", "ListCalls"),
        new(List, "Contains", "ListCalls"),
        new(List, "Clear", "ListCalls"),
        new(List, "get_Count", "ListCalls", "Count"),
        new(HashSet, "Add", "HashSetCalls"),
        new(HashSet, "Remove", "HashSetCalls"),
        new(HashSet, "Contains", "HashSetCalls"),
        new(HashSet, "Clear", "HashSetCalls"),
        new(HashSet, "get_Count", "HashSetCalls", "Count"),

        // Issue 17: Lazy and LazyInitializer (only the overloads that take a real lock in .NET have a target).
        new("System.Lazy`1", "get_Value", "LazyCalls", "Value"),
        new("System.Threading.LazyInitializer", "EnsureInitialized", "LazyInitializerCalls"),

        // Issue 12: TaskScheduler, TaskFactory, ContinueWith. .NET's own call runs with the controlled scheduler in
        // place of the default one (TaskFactoryCalls.StartNew above; Task.RunSynchronously needs no row: it runs inline).
        new(Task, "ContinueWith", "TaskCalls"),
        new(TaskOfT, "ContinueWith", "TaskCalls"),
        new(Task, "Start", "TaskCalls"),
        new("System.Threading.Tasks.TaskFactory", "ContinueWhenAll", "TaskFactoryCalls"),
        new("System.Threading.Tasks.TaskFactory", "ContinueWhenAny", "TaskFactoryCalls"),
        new("System.Threading.Tasks.TaskFactory`1", "StartNew", "TaskFactoryCalls"),
        new("System.Threading.Tasks.TaskFactory`1", "ContinueWhenAll", "TaskFactoryCalls"),
        new("System.Threading.Tasks.TaskFactory`1", "ContinueWhenAny", "TaskFactoryCalls"),
        new("System.Threading.Tasks.TaskFactory", "FromAsync", "TaskFactoryCalls"),
        new("System.Threading.Tasks.TaskFactory`1", "FromAsync", "TaskFactoryCalls"),

        // Issues 12 and 17: timers and clocks on the virtual clock.
        new("System.Threading.Timer", ".ctor", "TimerCalls"),
        new("System.Threading.Timer", "Change", "TimerCalls"),
        new("System.Threading.Timer", "Dispose", "TimerCalls"),
        new("System.Threading.Timer", "DisposeAsync", "TimerCalls"),
        new("System.Threading.ITimer", "Change", "TimerCalls"),
        new("System.IAsyncDisposable", "DisposeAsync", "TimerCalls"),
        new("System.Timers.Timer", ".ctor", "TimersTimerCalls"),
        new("System.Timers.Timer", "Start", "TimersTimerCalls"),
        new("System.Timers.Timer", "Stop", "TimersTimerCalls"),
        new("System.Timers.Timer", "Close", "TimersTimerCalls"),
        new("System.Timers.Timer", "get_Enabled", "TimersTimerCalls", "Enabled"),
        new("System.Timers.Timer", "set_Enabled", "TimersTimerCalls", "SetEnabled"),
        new("System.Timers.Timer", "set_Interval", "TimersTimerCalls", "SetInterval"),
        new("System.Timers.Timer", "set_AutoReset", "TimersTimerCalls", "SetAutoReset"),
        new("System.Timers.Timer", "add_Elapsed", "TimersTimerCalls", "AddElapsed"),
        new("System.Timers.Timer", "remove_Elapsed", "TimersTimerCalls", "RemoveElapsed"),
        new("System.Diagnostics.Stopwatch", "GetTimestamp", "StopwatchCalls"),
        new("System.Diagnostics.Stopwatch", "GetElapsedTime", "StopwatchCalls"),
        new("System.Diagnostics.Stopwatch", "StartNew", "StopwatchCalls"),
        new("System.Diagnostics.Stopwatch", "Start", "StopwatchCalls"),
        new("System.Diagnostics.Stopwatch", "Stop", "StopwatchCalls"),
        new("System.Diagnostics.Stopwatch", "Reset", "StopwatchCalls"),
        new("System.Diagnostics.Stopwatch", "Restart", "StopwatchCalls"),
        new("System.Diagnostics.Stopwatch", "get_IsRunning", "StopwatchCalls", "IsRunning"),
        new("System.Diagnostics.Stopwatch", "get_Elapsed", "StopwatchCalls", "Elapsed"),
        new("System.Diagnostics.Stopwatch", "get_ElapsedMilliseconds", "StopwatchCalls", "ElapsedMilliseconds"),
        new("System.Diagnostics.Stopwatch", "get_ElapsedTicks", "StopwatchCalls", "ElapsedTicks"),
        new("System.Environment", "get_TickCount", "ClockCalls", "TickCount"),
        new("System.Environment", "get_TickCount64", "ClockCalls", "TickCount64"),
        new("System.DateTime", "get_UtcNow", "ClockCalls", "DateTimeUtcNow"),
        new("System.DateTime", "get_Now", "ClockCalls", "DateTimeNow"),
        new("System.DateTimeOffset", "get_UtcNow", "ClockCalls", "DateTimeOffsetUtcNow"),
        new("System.DateTimeOffset", "get_Now", "ClockCalls", "DateTimeOffsetNow"),

        // Issue 12: Parallel.ForEachAsync (IEnumerable and IAsyncEnumerable) and Parallel.ForAsync, every overload.
        new("System.Threading.Tasks.Parallel", "ForEachAsync", "ParallelCalls"),
        new("System.Threading.Tasks.Parallel", "ForAsync", "ParallelCalls"),

        // Issue 12: dedicated threads. The body of a thread started in a run is a controlled operation.
        new("System.Threading.Thread", ".ctor", "ThreadCalls"),
        new("System.Threading.Thread", "Start", "ThreadCalls"),
        new("System.Threading.Thread", "UnsafeStart", "ThreadCalls"),
        new("System.Threading.Thread", "Join", "ThreadCalls"),
        new("System.Threading.Thread", "get_IsAlive", "ThreadCalls", "IsAlive"),
        new("System.Threading.Thread", "get_ThreadState", "ThreadCalls", "ThreadState"),
        new("System.Threading.Thread", "Interrupt", "ThreadCalls"),
        new("System.Threading.Thread", "get_CurrentThread", "ThreadCalls", "CurrentThread"),

        // Issue 12: BlockingCollection<T> waits as controlled blocked waits (the overloads that can block).
        new("System.Collections.Concurrent.BlockingCollection`1", "Add", "BlockingCollectionCalls"),
        new("System.Collections.Concurrent.BlockingCollection`1", "TryAdd", "BlockingCollectionCalls"),
        new("System.Collections.Concurrent.BlockingCollection`1", "Take", "BlockingCollectionCalls"),
        new("System.Collections.Concurrent.BlockingCollection`1", "TryTake", "BlockingCollectionCalls"),
        new("System.Collections.Concurrent.BlockingCollection`1", "GetConsumingEnumerable", "BlockingCollectionCalls"),
        new("System.Collections.Concurrent.BlockingCollection`1", "AddToAny", "BlockingCollectionCalls"),
        new("System.Collections.Concurrent.BlockingCollection`1", "TryAddToAny", "BlockingCollectionCalls"),
        new("System.Collections.Concurrent.BlockingCollection`1", "TakeFromAny", "BlockingCollectionCalls"),
        new("System.Collections.Concurrent.BlockingCollection`1", "TryTakeFromAny", "BlockingCollectionCalls"),
    ];
}
