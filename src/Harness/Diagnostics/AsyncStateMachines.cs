using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using static Harness.Diagnostics.RuntimeInternals;

namespace Harness.Diagnostics;

/// <summary>
/// Reads the runtime's async state machine boxes: the object behind an async method's Task (or pooled ValueTask
/// source) and the target of the continuation delegate its awaits post.
/// </summary>
internal static class AsyncStateMachines
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
    private static readonly ConcurrentDictionary<Type, bool> Boxes = new();
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> AwaiterFields = new();

    /// <summary>True for AsyncStateMachineBox, its debug-finalizer variant and the pooling ValueTask builder's box.</summary>
    public static bool IsBox(object? candidate) =>
        candidate is not null && Boxes.GetOrAdd(candidate.GetType(), static t => t.GetInterfaces().Any(i => i.FullName == BoxInterface));

    /// <summary>
    /// The state machine inside a box (a boxed copy when it is a struct), or the candidate itself when it is one
    /// (async iterators are their own value-task source).
    /// </summary>
    public static bool TryGetStateMachine(object? candidate, [NotNullWhen(true)] out IAsyncStateMachine? stateMachine)
    {
        stateMachine = candidate as IAsyncStateMachine ?? (IsBox(candidate) ? Read(candidate, BoxStateMachineField) as IAsyncStateMachine : null);
        return stateMachine is not null;
    }

    /// <summary>The compiler's state: N &gt;= 0 is suspended at await N (0-based), -1 running or not started, -2 finished.</summary>
    public static int? State(IAsyncStateMachine stateMachine) => Read(stateMachine, StateField) as int?;

    /// <summary>
    /// Called before the harness runs a posted continuation: which method resumes and after which await.
    /// <paramref name="continuationTarget"/> is the posted delegate's Target (the box), or the delegate itself.
    /// </summary>
    public static bool TryDescribeResumption(object? continuationTarget, out string method, out int awaitIndex, out SourceLocation? location)
    {
        var target = ContinuationTargets.Unwrap(continuationTarget);
        if (TryGetStateMachine(target, out var stateMachine) && State(stateMachine) is >= 0 and var state)
        {
            var type = stateMachine.GetType();
            method = AwaitSourceMap.MethodName(type);
            awaitIndex = state + 1;
            location = AwaitSourceMap.LocateAwait(type, state);
            return true;
        }

        method = "";
        awaitIndex = 0;
        location = null;
        return false;
    }

    /// <summary>
    /// What a suspended state machine awaits: a Task, an IValueTaskSource, a boxed YieldAwaiter, a custom awaiter,
    /// or null when nothing can be found. Roslyn clears an awaiter field on resumption, so the filled one is current.
    /// </summary>
    public static object? CurrentAwaited(IAsyncStateMachine stateMachine)
    {
        object? completed = null;
        object? yielding = null;
        foreach (var field in AwaiterFieldsOf(stateMachine.GetType()))
        {
            var awaiter = field.GetValue(stateMachine);
            if (awaiter is YieldAwaitable.YieldAwaiter)
            {
                yielding = awaiter;
                continue;
            }

            var inner = Unwrap(awaiter);
            if (inner is Task { IsCompleted: true })
            {
                completed ??= inner;
            }
            else if (inner is not null)
            {
                return inner;
            }
        }

        return completed ?? yielding;
    }

    private static object? Unwrap(object? awaiter)
    {
        if (awaiter is null)
        {
            return null;
        }

        var type = awaiter.GetType();
        if (FindField(type, AwaiterTaskField) is not null)
        {
            return Read(awaiter, AwaiterTaskField);
        }

        if (FindField(type, AwaiterValueTaskField) is not null)
        {
            // A ValueTask holds a Task, an IValueTaskSource, or nothing when it completed synchronously.
            return Read(Read(awaiter, AwaiterValueTaskField), ValueTaskObjectField);
        }

        return type.IsValueType && awaiter.Equals(Activator.CreateInstance(type)) ? null : awaiter;
    }

    private static FieldInfo[] AwaiterFieldsOf(Type type) =>
        AwaiterFields.GetOrAdd(type, static t => t.GetFields(InstanceFields)
            .Where(f => f.Name.StartsWith(AwaiterFieldPrefix, StringComparison.Ordinal))
            .OrderBy(f => int.TryParse(f.Name.AsSpan(AwaiterFieldPrefix.Length), out var n) ? n : int.MaxValue)
            .ToArray());
}
