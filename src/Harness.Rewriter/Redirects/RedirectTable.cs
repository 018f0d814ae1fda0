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

        // Parallel loops: only the overloads without loop state or thread-local state have a target (ParallelCalls).
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
    ];
}
