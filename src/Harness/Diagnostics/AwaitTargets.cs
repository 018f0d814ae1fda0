using System.Globalization;
using System.Runtime.CompilerServices;
using static Harness.Diagnostics.RuntimeInternals;

namespace Harness.Diagnostics;

/// <summary>What one await waits on, in words, and the tasks under it worth walking into.</summary>
internal sealed record AwaitTarget(string Description, IReadOnlyList<object> Branches)
{
    public static AwaitTarget Leaf(string description) => new(description, []);
}

/// <summary>Names the things an await can wait on, as a .NET developer knows them.</summary>
internal static class AwaitTargets
{
    public const string RealTimerMarker = "(real timer: not controlled)";

    /// <summary>
    /// Describes <paramref name="awaited"/>. <paramref name="candidates"/> are tasks that may be children of a
    /// combinator that keeps no reference to them (non-generic WhenAll, Unwrap): a child is one that continues to it.
    /// </summary>
    public static AwaitTarget Classify(object awaited, IEnumerable<object> candidates)
    {
        if (IsSemaphoreWait(awaited))
        {
            return AwaitTarget.Leaf("SemaphoreSlim.WaitAsync");
        }

        if (AsyncStateMachines.TryGetStateMachine(awaited, out var stateMachine))
        {
            return new AwaitTarget(AwaitSourceMap.MethodName(stateMachine.GetType()), [awaited]);
        }

        return awaited switch
        {
            YieldAwaitable.YieldAwaiter => AwaitTarget.Leaf("Task.Yield"),
            _ when Is(awaited, DelayPromise) || Is(awaited, DelayPromiseWithCancellation) => AwaitTarget.Leaf(Delay(awaited)),
            _ when Is(awaited, WhenAllPromiseOfT) => Combinator("Task.WhenAll", Read(awaited, WhenAllTasksField) as IEnumerable<Task>),
            _ when Is(awaited, WhenAllPromise) => Discovered(awaited, candidates, $"Task.WhenAll ({Remaining(awaited)} unfinished)"),
            _ when Is(awaited, TwoTaskWhenAnyPromise) => Combinator("Task.WhenAny", [Read(awaited, WhenAnyFirstField) as Task, Read(awaited, WhenAnySecondField) as Task]),
            _ when Is(awaited, WhenAnyPromise) => Combinator("Task.WhenAny", Read(awaited, WhenAnyTasksField) as IEnumerable<Task>),
            _ when Is(awaited, UnwrapPromise) => Discovered(awaited, candidates, "Task.Unwrap proxy"),
            _ when Is(awaited, WaitAsyncPromise) => WaitAsync(awaited),
            _ => AwaitTarget.Leaf(Name(awaited)),
        };
    }

    /// <summary>SemaphoreSlim's own waiter, or its internal async method used for waits with a timeout or token.</summary>
    public static bool IsSemaphoreWait(object awaited) =>
        Is(awaited, SemaphoreWaiter)
        || (AsyncStateMachines.IsBox(awaited)
            && AsyncStateMachines.TryGetStateMachine(awaited, out var inner)
            && inner.GetType().DeclaringType == typeof(SemaphoreSlim));

    private static string Name(object awaited)
    {
        var type = awaited.GetType();
        var definition = DefinitionName(type);
        var argument = type.IsGenericType ? $"<{FriendlyTypeNames.Of(type.GetGenericArguments()[0])}>" : "";
        return definition switch
        {
            ChannelBlockedRead => $"Channel{argument} read",
            ChannelBlockedWrite => $"Channel{argument} write",
            ChannelWaitingRead => "Channel.WaitToReadAsync",
            ChannelWaitingWrite => "Channel.WaitToWriteAsync",
            _ when type == typeof(Task) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>)) => PlainTask(awaited, argument),
            _ => FriendlyTypeNames.Of(type),
        };
    }

    // A plain Task without a delegate can only be a promise: TaskCompletionSource's, in user code.
    private static string PlainTask(object task, string argument) =>
        Read(task, TaskActionField) is Delegate action
            ? $"Task running {StateMachineNames.Readable(action.Method.Name)}"
            : $"TaskCompletionSource{argument}.Task";

    private static string Delay(object promise) => Read(promise, TimerField) switch
    {
        null => "Task.Delay (infinite)",
        var timer when timer.GetType().FullName == RealTimer => $"Task.Delay {RealTimerMarker}",
        _ => "Task.Delay",
    };

    private static AwaitTarget WaitAsync(object promise)
    {
        var timer = Read(promise, TimerField);
        var description = timer is not null && timer.GetType().FullName == RealTimer ? $"Task.WaitAsync {RealTimerMarker}" : "Task.WaitAsync";
        return new AwaitTarget(description, Read(promise, WaitAsyncTaskField) is Task { IsCompleted: false } inner ? [inner] : []);
    }

    private static AwaitTarget Combinator(string name, IEnumerable<Task?>? children)
    {
        if (children is null)
        {
            return AwaitTarget.Leaf(name);
        }

        var all = children.ToList();
        var unfinished = all.Where(t => t is { IsCompleted: false }).Cast<object>().ToList();
        return new AwaitTarget(string.Create(CultureInfo.InvariantCulture, $"{name} ({unfinished.Count} of {all.Count} unfinished)"), unfinished);
    }

    private static AwaitTarget Discovered(object promise, IEnumerable<object> candidates, string description) =>
        new(description, candidates.Where(c => ContinuesTo(c, promise)).Distinct(ReferenceEqualityComparer.Instance).Cast<object>().ToList());

    private static string Remaining(object promise) => Read(promise, WhenAllRemainingField) is int n ? n.ToString(CultureInfo.InvariantCulture) : "?";

    // An unfinished task lists its continuations in one object or a list of them.
    private static bool ContinuesTo(object candidate, object promise) => candidate is Task { IsCompleted: false } task
        && Read(task, TaskContinuationField) switch
        {
            var single when ReferenceEquals(single, promise) => true,
            List<object?> list => ContainsUnderLock(list, promise),
            _ => false,
        };

    private static bool ContainsUnderLock(List<object?> list, object promise)
    {
        // The runtime adds and removes continuations under a lock on the list itself.
        lock (list)
        {
            return list.Exists(o => ReferenceEquals(o, promise));
        }
    }
}
