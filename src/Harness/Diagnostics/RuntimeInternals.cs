using System.Collections.Concurrent;
using System.Reflection;

namespace Harness.Diagnostics;

/// <summary>
/// Every non-public runtime name the await-chain diagnostics read, in one place so the pinning tests can check
/// each one against the running .NET and fail with a clear message when an update renames it.
/// </summary>
internal static class RuntimeInternals
{
    // Compiler (Roslyn) names inside async state machines.
    public const string StateField = "<>1__state";
    public const string AwaiterFieldPrefix = "<>u__";

    // System.Private.CoreLib.
    public const string BoxInterface = "System.Runtime.CompilerServices.IAsyncStateMachineBox";
    public const string BoxStateMachineField = "StateMachine";
    public const string AwaiterTaskField = "m_task";
    public const string AwaiterValueTaskField = "_value";
    public const string ValueTaskObjectField = "_obj";
    public const string TaskActionField = "m_action";
    public const string TaskContinuationField = "m_continuationObject";
    public const string WhenAllPromise = "System.Threading.Tasks.Task+WhenAllPromise";
    public const string WhenAllRemainingField = "_remainingToComplete";
    public const string WhenAllPromiseOfT = "System.Threading.Tasks.Task+WhenAllPromise`1";
    public const string WhenAllTasksField = "m_tasks";
    public const string TwoTaskWhenAnyPromise = "System.Threading.Tasks.Task+TwoTaskWhenAnyPromise`1";
    public const string WhenAnyFirstField = "_task1";
    public const string WhenAnySecondField = "_task2";
    public const string WhenAnyPromise = "System.Threading.Tasks.TaskFactory+CompleteOnInvokePromise`1";
    public const string WhenAnyTasksField = "_tasks";
    public const string UnwrapPromise = "System.Threading.Tasks.UnwrapPromise`1";
    public const string DelayPromise = "System.Threading.Tasks.Task+DelayPromise";
    public const string DelayPromiseWithCancellation = "System.Threading.Tasks.Task+DelayPromiseWithCancellation";
    public const string TimerField = "_timer";
    public const string RealTimer = "System.Threading.TimerQueueTimer";
    public const string TimerQueue = "System.Threading.TimerQueue";
    public const string TimerQueueInstances = "Instances";
    public const string TimerQueueLock = "SharedLock";
    public const string ShortTimersField = "_shortTimers";
    public const string LongTimersField = "_longTimers";
    public const string TimerNextField = "_next";
    public const string WaitAsyncPromise = "System.Threading.Tasks.Task+CancellationPromise`1";
    public const string WaitAsyncTaskField = "_task";
    public const string SemaphoreWaiter = "System.Threading.SemaphoreSlim+TaskNode";

    // System.Threading.Channels.
    public const string ChannelBlockedRead = "System.Threading.Channels.BlockedReadAsyncOperation`1";
    public const string ChannelBlockedWrite = "System.Threading.Channels.BlockedWriteAsyncOperation`1";
    public const string ChannelWaitingRead = "System.Threading.Channels.WaitingReadAsyncOperation";
    public const string ChannelWaitingWrite = "System.Threading.Channels.WaitingWriteAsyncOperation";

    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
    private static readonly ConcurrentDictionary<(Type, string), FieldInfo?> Fields = new();

    /// <summary>The instance field <paramref name="name"/> declared on <paramref name="type"/> or a base type (private base fields included).</summary>
    public static FieldInfo? FindField(Type type, string name) =>
        Fields.GetOrAdd((type, name), static key =>
        {
            for (var t = key.Item1; t is not null; t = t.BaseType)
            {
                if (t.GetField(key.Item2, InstanceFields | BindingFlags.DeclaredOnly) is { } field)
                {
                    return field;
                }
            }

            return null;
        });

    /// <summary>Reads a field, or null when the runtime no longer has it: diagnostics degrade, they never throw.</summary>
    public static object? Read(object? target, string name)
    {
        if (target is null || FindField(target.GetType(), name) is not { } field)
        {
            return null;
        }

        try
        {
            return field.GetValue(target);
        }
        catch (Exception e) when (e is FieldAccessException or TargetException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Name of the generic definition (or the type itself), the form the constants above use.</summary>
    public static string DefinitionName(Type type) =>
        (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName ?? type.Name;

    public static bool Is(object? value, string definitionName) =>
        value is not null && DefinitionName(value.GetType()) == definitionName;

    /// <summary>True when <paramref name="type"/> or a base type has the given definition name.</summary>
    public static bool DerivesFrom(Type type, string definitionName)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (DefinitionName(t) == definitionName)
            {
                return true;
            }
        }

        return false;
    }
}
